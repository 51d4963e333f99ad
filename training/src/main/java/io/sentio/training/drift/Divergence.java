package io.sentio.training.drift;

import java.util.List;

/** Distances between two distributions over the same bins or labels. */
final class Divergence {
    /**
     * Stands in for an empty bin, so a bin that empties or fills does not make the index infinite;
     * 1e-4 is the usual choice and caps one bin's term near 0.9 for a 10 % share.
     */
    private static final double EMPTY = 1e-4;

    private Divergence() {
    }

    /**
     * Population stability index, Σ (actual − expected) · ln(actual / expected): 0 for the same
     * distribution; by the usual reading under 0.1 stable, 0.1–0.25 a moderate shift, above 0.25 a
     * major one.
     */
    static double populationStability(List<Double> expected, List<Double> actual) {
        requireSameLength(expected, actual);
        double index = 0;
        for (int i = 0; i < expected.size(); i++) {
            double e = Math.max(expected.get(i), EMPTY);
            double a = Math.max(actual.get(i), EMPTY);
            index += (a - e) * Math.log(a / e);
        }
        return index;
    }

    /**
     * Jensen–Shannon divergence in bits: symmetric, 0 for the same distribution, 1 for two with no
     * outcome in common, and finite when either has zeros.
     */
    static double jensenShannon(List<Double> p, List<Double> q) {
        requireSameLength(p, q);
        double divergence = 0;
        for (int i = 0; i < p.size(); i++) {
            double m = (p.get(i) + q.get(i)) / 2;
            divergence += term(p.get(i), m) / 2 + term(q.get(i), m) / 2;
        }
        return Math.max(0, divergence);
    }

    private static double term(double x, double m) {
        return x == 0 ? 0 : x * Math.log(x / m) / Math.log(2);
    }

    private static void requireSameLength(List<Double> a, List<Double> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("distributions over different bins: " + a.size() + " and " + b.size());
        }
    }
}
