package io.sentio.training.train;

/** How a multi-label model's decision thresholds are tuned on the validation slice. */
public enum ThresholdMode {
    /** One threshold per label (labels too rare in the validation slice get the global one). */
    PER_LABEL,
    /** One threshold for every label. */
    GLOBAL
}
