package io.sentio.core.score;

/** Why a row got an {@code "error"} instead of a label; the wire names are what the output and the counts say. */
public enum RowError {
    /** No text at all, or only blanks. */
    EMPTY("empty"),
    /** Longer than the text limit (see {@link ScoreOptions#maxChars()}). */
    TOO_LONG("too_long"),
    /** Not a row of the part's format: a CSV record with the wrong number of fields, a JSONL line that is no JSON object or lacks the text field. */
    MALFORMED("malformed");

    private final String wireName;

    RowError(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
