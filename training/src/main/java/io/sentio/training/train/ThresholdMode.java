package io.sentio.training.train;

/** How a multi-label model's decision thresholds are tuned on out-of-fold probabilities of its training texts. */
public enum ThresholdMode {
    /** One threshold per label, for micro-F1 + macro-F1 (labels too rare in the held-out folds keep the global one). */
    PER_LABEL,
    /** One threshold for every label, for micro-F1. */
    GLOBAL
}
