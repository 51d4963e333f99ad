package io.sentio.core.text;

/**
 * A cleaned text together with where each of its characters came from in the text as submitted,
 * so that a word found in the clean text can be pointed at in the original (HTML markup, entities,
 * mojibake and runs of whitespace make the two differ). Immutable.
 */
public final class CleanText {
    private final String raw;
    private final String text;
    /** Clean character i came from the raw characters [from[i], to[i]). */
    private final int[] from;
    private final int[] to;

    CleanText(String raw, String text, int[] from, int[] to) {
        if (from.length != text.length() || to.length != text.length()) {
            throw new IllegalStateException("offsets for " + from.length + " characters, text has " + text.length());
        }
        this.raw = raw;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** The text as submitted. */
    public String raw() {
        return raw;
    }

    /** The clean text, equal to {@link TextCleaner#clean} of {@link #raw()}. */
    public String text() {
        return text;
    }

    /**
     * The range of the submitted text that the clean characters {@code [start, end)} came from:
     * from the start of the first one's source to the end of the last one's. A decoded entity
     * ("&amp;eacute;" → "é") or repaired mojibake ("Ã©" → "é") maps to all of its source characters.
     *
     * @return {start, end}, offsets into {@link #raw()} in UTF-16 code units, end exclusive
     */
    public int[] sourceRange(int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") of " + text.length() + " characters");
        }
        return new int[] {from[start], to[end - 1]};
    }
}
