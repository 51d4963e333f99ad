package io.sentio.core.score;

/**
 * A row's id as written in the output: the id column's value, or the row's number within its part
 * (1-based, header excluded) when there is no id column.
 *
 * @param value   the id's text
 * @param numeric written as a JSON number (row numbers, numeric JSONL ids) rather than a string
 */
public record RowId(String value, boolean numeric) {
    public static RowId number(long rowNumber) {
        return new RowId(Long.toString(rowNumber), true);
    }

    public static RowId text(String value) {
        return new RowId(value, false);
    }
}
