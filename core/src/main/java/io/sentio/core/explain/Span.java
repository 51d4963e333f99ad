package io.sentio.core.explain;

/**
 * A range of the text as submitted (before cleaning): offsets in UTF-16 code units, as JavaScript
 * indexes strings, {@code end} exclusive. An n-gram's span runs from its first word's start to its
 * last word's end.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is empty or negative");
        }
    }
}
