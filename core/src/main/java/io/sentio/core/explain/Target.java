package io.sentio.core.explain;

import java.util.Map;
import java.util.Optional;

/**
 * The score being explained: a label's log-odds against its rival (single-label) or on its own
 * (multi-label); see {@link Explanation}.
 */
record Target(String label, Optional<String> rival) {
    /** Probabilities are kept this far from 0 and 1, so a saturated one gives a large finite score. */
    private static final double EDGE = 1e-300;

    /** The score of a prediction's probabilities, for the methods that only see those. */
    double score(Map<String, Double> probabilities) {
        double p = clamp(probabilities.getOrDefault(label, 0.0));
        if (rival.isPresent()) {
            return Math.log(p) - Math.log(clamp(probabilities.getOrDefault(rival.get(), 0.0)));
        }
        return Math.log(p) - Math.log1p(-Math.min(p, 1 - 0x1p-53));
    }

    private static double clamp(double p) {
        return Math.max(EDGE, p);
    }
}
