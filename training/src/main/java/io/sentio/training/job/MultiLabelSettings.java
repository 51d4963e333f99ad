package io.sentio.training.job;

import io.sentio.training.train.ThresholdMode;

/**
 * How a multi-label model decides: thresholds per label or one global, tuned on validation, and the
 * fewest labels it gives a text (the labels nearest their thresholds fill up to it).
 */
public record MultiLabelSettings(ThresholdMode thresholds, int minLabels) {
    public MultiLabelSettings {
        if (minLabels < 0) {
            throw new IllegalArgumentException("--min-labels must be 0 or more, was " + minLabels);
        }
    }

    public static MultiLabelSettings defaults() {
        return new MultiLabelSettings(ThresholdMode.PER_LABEL, 1);
    }
}
