package io.sentio.training.lifecycle;

import java.util.Optional;

/**
 * When a candidate may replace the live model: its score on the metric is not worse than the live
 * model's by more than {@code tolerance}. A tolerance of 0 (the default) asks for "at least as
 * good"; 0.005 accepts a candidate up to half a point of macro-F1 worse (e.g. to let fresher data
 * in despite noise). With no live model there is nothing to compare with, and the candidate passes.
 *
 * @param metricChosen whether {@code metric} was asked for; if not, a multi-label model is compared
 *                     on micro-F1 (its default) and a single-label one on {@code metric}
 */
public record GatePolicy(GateMetric metric, double tolerance, boolean metricChosen) {
    /** Absorbs rounding in {@code live - tolerance}, so a candidate exactly at the limit passes. */
    private static final double ROUNDING = 1e-12;

    public GatePolicy {
        if (!(tolerance >= 0 && tolerance <= 1)) {
            throw new IllegalArgumentException("the gate tolerance is a score difference between 0 and 1, was "
                    + tolerance);
        }
    }

    /** A metric chosen by the user, used whatever the task. */
    public GatePolicy(GateMetric metric, double tolerance) {
        this(metric, tolerance, true);
    }

    /** The default metric of each task: macro-F1 for single-label models, micro-F1 for multi-label ones. */
    public static GatePolicy byTask(double tolerance) {
        return new GatePolicy(GateMetric.MACRO_F1, tolerance, false);
    }

    public static GatePolicy defaults() {
        return byTask(0.0);
    }

    /** The metric the gate compares for a model of this task. */
    public GateMetric metricFor(io.sentio.core.decision.Task task) {
        return metricChosen || task == io.sentio.core.decision.Task.SINGLE_LABEL ? metric : GateMetric.MICRO_F1;
    }

    /** The metric for a log line: the one asked for, or each task's default. */
    public String metricDescription() {
        return metricChosen ? metric.id() : metric.id() + " (" + GateMetric.MICRO_F1.id() + " for label sets)";
    }

    public boolean passes(double candidateScore, Optional<Double> liveScore) {
        return liveScore.isEmpty() || candidateScore >= liveScore.get() - tolerance - ROUNDING;
    }
}
