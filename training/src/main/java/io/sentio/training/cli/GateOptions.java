package io.sentio.training.cli;

import io.sentio.training.lifecycle.GateMetric;
import io.sentio.training.lifecycle.GatePolicy;
import picocli.CommandLine.Option;

/** How the quality gate compares a candidate with the live model ({@code publish --gate}, {@code retrain}). */
final class GateOptions {
    @Option(names = "--gate-metric", paramLabel = "macro_f1|accuracy|micro_f1",
            description = "Metric the gate compares (default: macro_f1, or micro_f1 for a multi-label model).")
    String metric;

    @Option(names = "--gate-tolerance", paramLabel = "DELTA",
            description = "How much worse than the live model the candidate may score and still be promoted, in "
                    + "metric points (0.005 = half a point of macro-F1). Default ${DEFAULT-VALUE}: not worse at all.")
    double tolerance = 0.0;

    GatePolicy policy() {
        try {
            return metric == null ? GatePolicy.byTask(tolerance)
                    : new GatePolicy(Enums.parse(GateMetric.class, metric, "--gate-metric"), tolerance);
        } catch (IllegalArgumentException e) {
            throw new CliException("--gate-tolerance: " + e.getMessage());
        }
    }
}
