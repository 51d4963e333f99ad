package io.sentio.training.data;

/** Receives the rows of a data source as they are read; a bad row is skipped with a reason, never thrown. */
public interface RowSink {

    void accept(LabelledText row);

    /** @param reason a short stable key, e.g. "empty_text", "missing_label", "bad_rating", "malformed_row" */
    void skip(String reason);
}
