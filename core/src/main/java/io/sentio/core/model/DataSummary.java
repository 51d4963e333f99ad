package io.sentio.core.model;

import java.util.Map;

/**
 * What the model was trained on.
 *
 * @param source where the data came from (path or URI)
 * @param format the layout recognised (e.g. review-csv, aclimdb, generic-csv)
 * @param sha256 hash of the training data as read (bytes of the files, in order)
 * @param rows   row counts: train, test, and skipped rows by reason
 */
public record DataSummary(String source, String format, String sha256, Map<String, Long> rows) {
    public DataSummary {
        rows = Map.copyOf(rows);
    }
}
