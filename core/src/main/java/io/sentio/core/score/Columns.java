package io.sentio.core.score;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which columns (CSV) or fields (JSONL) hold the text and the id. With no text column named, a CSV's
 * text is recognised from its header as {@code sentio train} recognises it (a review CSV's title +
 * text, the aclImdb CSV's {@code review}, or a {@code text} column) and a JSONL's is the field
 * {@code text}. Several text columns are joined in order, each as its own sentence. Without an id
 * column, a column or field named {@code id} is used when there is one, and the row number otherwise.
 */
public record Columns(List<String> text, Optional<String> id) {
    public static final String DEFAULT_ID = "id";
    public static final String DEFAULT_JSONL_TEXT = "text";

    /** Known CSV layouts, most specific first: the columns whose joined values are the text. */
    static final List<List<String>> KNOWN_CSV_TEXT = List.of(
            List.of("Title", "Review Text"),
            List.of("ReviewTitle", "ReviewBody"),
            List.of("review"),
            List.of("text"));

    public Columns {
        text = List.copyOf(text);
    }

    public static Columns recognised() {
        return new Columns(List.of(), Optional.empty());
    }

    /** Index of a header name: exact first, then ignoring case and surrounding blanks (like {@code train}). */
    static Optional<Integer> find(List<String> header, String name) {
        int exact = header.indexOf(name);
        if (exact >= 0) {
            return Optional.of(exact);
        }
        String wanted = normalise(name);
        for (int i = 0; i < header.size(); i++) {
            if (normalise(header.get(i)).equals(wanted)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String name) {
        return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }
}
