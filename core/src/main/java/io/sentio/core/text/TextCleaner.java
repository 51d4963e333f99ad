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
