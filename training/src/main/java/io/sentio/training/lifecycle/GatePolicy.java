package io.sentio.training.lifecycle;

import java.util.Optional;

/**
 * When a candidate may replace the live model: its score on the metric is not worse than the live
 * model's by more than {@code tolerance}. A tolerance of 0 (the default) asks for "at least as
 * good"; 0.005 accepts a candidate up to half a point of macro-F1 worse (e.g. to let fresher data
 * in despite noise). With no live model there is nothing to compare with, and the candidate passes.
 */
public record GatePolicy(GateMetric metric, double tolerance) {
    /** Absorbs rounding in {@code live - tolerance}, so a candidate exactly at the limit passes. */
    private static final double ROUNDING = 1e-12;

    public GatePolicy {
        if (!(tolerance >= 0 && tolerance <= 1)) {
            throw new IllegalArgumentException("the gate tolerance is a score difference between 0 and 1, was "
                    + tolerance);
        }
    }

    public static GatePolicy defaults() {
        return new GatePolicy(GateMetric.MACRO_F1, 0.0);
    }

    public boolean passes(double candidateScore, Optional<Double> liveScore) {
        return liveScore.isEmpty() || candidateScore >= liveScore.get() - tolerance - ROUNDING;
    }
}
