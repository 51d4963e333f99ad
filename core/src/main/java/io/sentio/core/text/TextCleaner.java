package io.sentio.core.text;

import java.text.Normalizer;

/**
 * Turns raw review text into clean text. Training and serving both call this, so the model
 * never sees text in production that was prepared differently from its training data.
 *
 * <p>Steps, in this order:
 * <ol>
 *   <li>HTML: tags of real HTML elements are removed; {@code <br />}, {@code <p>} and other
 *       line-breaking elements become a line break (a sentence boundary), inline ones such
 *       as {@code <i>} disappear without gluing words together. Character references
 *       ({@code &amp;}, {@code &#39;}, {@code &#x27;}, named Latin-1 and typographic ones,
 *       and doubly escaped {@code &amp;#39;}) are decoded. See {@link HtmlMarkup}.</li>
 *   <li>Mojibake: UTF-8 that was decoded as Windows-1252 ("Ã©", "â€™", and the lower-cased
 *       "ã©" of the clothing data set) is repaired where that is unambiguous. See
 *       {@link MojibakeRepair}.</li>
 *   <li>Unicode normalisation to NFC, so "é" is one code point whichever way it was typed.</li>
 *   <li>Whitespace: runs collapse to one space, or to one {@code '\n'} if they contain a line
 *       break; the result is trimmed. See {@link Whitespace}.</li>
 * </ol>
 * Case is left alone: lower-casing is a feature-extraction setting.
 *
 * <p>Immutable and thread-safe. Text that needs none of the steps is returned without
 * copying.
 */
public final class TextCleaner {

    /** Cleans {@code raw} (not null); blank input gives the empty string. */
    public String clean(String raw) {
        String text = HtmlMarkup.strip(raw);
        text = MojibakeRepair.repair(text);
        text = toNfc(text);
        return Whitespace.normalize(text);
    }

    /**
     * Cleans {@code raw} as {@link #clean} does, and keeps where each clean character came from in
     * {@code raw}, so explanations can point at words of the text as it was submitted. Slower than
     * {@link #clean} (it records every step), so only for requests that ask for it.
     */
    public CleanText cleanWithOffsets(String raw) {
        int[] from = new int[raw.length()];
        int[] to = new int[raw.length()];
        for (int i = 0; i < raw.length(); i++) {
            from[i] = i;
            to[i] = i + 1;
        }
        OffsetTrail trail = new OffsetTrail(from, to);
        String text = trail.step(raw, HtmlMarkup::strip);
        for (int pass = 0; pass < MojibakeRepair.MAX_PASSES; pass++) {
            String repaired = trail.step(text, MojibakeRepair::repairOnce);
            if (repaired == text) {
                break;
            }
            text = repaired;
        }
        text = trail.step(text, TextCleaner::toNfc);
        text = trail.step(text, Whitespace::normalize);
        return new CleanText(raw, text, trail.from, trail.to);
    }

    /**
     * NFC, segment by segment, each segment one character and the non-ASCII characters after it:
     * an ASCII character never composes with what precedes it, so normalising the segments alone
     * gives the same text, and each character of a segment that changed is traced to the segment.
     */
    private static String toNfc(String text, SourceRecorder sources) {
        String whole = toNfc(text);
        if (whole == text) {
            sources.copy(0, text.length());
            return text;
        }
        StringBuilder out = new StringBuilder(whole.length());
        int start = 0;
        while (start < text.length()) {
            int end = start + 1;
            while (end < text.length() && text.charAt(end) >= 0x80) {
                end++;
            }
            String segment = text.substring(start, end);
            String normal = Normalizer.normalize(segment, Normalizer.Form.NFC);
            out.append(normal);
            if (normal.equals(segment)) {
                sources.copy(start, end);
            } else {
                sources.replace(start, end, normal.length());
            }
            start = end;
        }
        if (!out.toString().equals(whole)) {
            throw new IllegalStateException("NFC by segments differs from NFC of the whole text");
        }
        return whole;
    }

    /** The composition of every step's offsets so far: clean character i came from raw [from[i], to[i]). */
    private static final class OffsetTrail {
        private int[] from;
        private int[] to;

        OffsetTrail(int[] from, int[] to) {
            this.from = from;
            this.to = to;
        }

        interface Step {
            String apply(String text, SourceRecorder sources);
        }

        String step(String text, Step step) {
            OffsetRecorder recorder = new OffsetRecorder(text.length());
            String out = step.apply(text, recorder);
            if (recorder.length() != out.length()) {
                throw new IllegalStateException("a cleaning step traced " + recorder.length() + " of "
                        + out.length() + " characters");
            }
            if (recorder.unchanged()) {
                return out; // every character is where it was: the offsets so far still hold
            }
            int[] newFrom = new int[out.length()];
            int[] newTo = new int[out.length()];
            recorder.composeInto(from, to, newFrom, newTo);
            from = newFrom;
            to = newTo;
            return out;
        }
    }

    private static String toNfc(String text) {
        // No character below U+0300 composes with its neighbours or has another NFC form,
        // so the common all-Latin-1 review skips the normaliser's own scan.
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                        ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }
}
