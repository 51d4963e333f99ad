package io.sentio.training.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds per-label weights for {@code argmax weight × probability} that maximise a metric on
 * held-out probabilities: coordinate ascent over log-weights on a fixed grid, one label at a time,
 * until a full round improves nothing. Deterministic: labels in order, the grid in order, and a
 * change only when it strictly improves (so among equal scores the weight nearest 1 is kept).
 */
final class DecisionSearch {
    /** log-weights −3 … 3 in steps of 0.05: from 1/20 to 20 times a label's probability. */
    private static final double STEP = 0.05;
    private static final int STEPS = 60;
    private static final int MAX_ROUNDS = 20;

    private DecisionSearch() {
    }

    /** The weights found and the metric with them, and with weight 1 everywhere (highest probability). */
    record Result(Map<String, Double> weights, double score, double highestProbabilityScore) {
    }

    /**
     * @param labels        label names, in the order of each probability row
     * @param probabilities one row per validation text
     * @param truths        the index of each text's true label
     */
    static Result search(String[] labels, double[][] probabilities, int[] truths, DecisionMetric metric) {
        double[] logWeights = new double[labels.length];
        double baseline = score(logWeights, probabilities, truths, metric);
        double best = baseline;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean improved = false;
            for (int label = 0; label < labels.length; label++) {
                double kept = logWeights[label];
                double bestValue = kept;
                for (double candidate : candidatesNearestFirst()) {
                    logWeights[label] = candidate;
                    double s = score(logWeights, probabilities, truths, metric);
                    if (s > best + 1e-12) {
                        best = s;
                        bestValue = candidate;
                        improved = true;
                    }
                }
                logWeights[label] = bestValue;
            }
            if (!improved) {
                break;
            }
        }
        return new Result(normalised(labels, logWeights), best, baseline);
    }

    /** 0, ±0.05, ±0.10, …: with strict improvement, ties keep the smaller change. */
    private static double[] candidatesNearestFirst() {
        double[] candidates = new double[2 * STEPS + 1];
        candidates[0] = 0;
        for (int i = 1; i <= STEPS; i++) {
            candidates[2 * i - 1] = i * STEP;
            candidates[2 * i] = -i * STEP;
        }
        return candidates;
    }

    private static double score(double[] logWeights, double[][] probabilities, int[] truths, DecisionMetric metric) {
        int k = logWeights.length;
        double[] weights = new double[k];
        for (int l = 0; l < k; l++) {
            weights[l] = Math.exp(logWeights[l]);
        }
        long[][] confusion = new long[k][k];
        for (int i = 0; i < probabilities.length; i++) {
            double[] p = probabilities[i];
            int chosen = 0;
            double top = Double.NEGATIVE_INFINITY;
            for (int l = 0; l < k; l++) {
                double v = p[l] * weights[l];
                if (v > top) {
                    top = v;
                    chosen = l;
                }
            }
            confusion[truths[i]][chosen]++;
        }
        return metric.score(confusion);
    }

    /** Scaled so the largest weight is 1: only ratios matter, and this keeps them readable. */
    private static Map<String, Double> normalised(String[] labels, double[] logWeights) {
        double max = Double.NEGATIVE_INFINITY;
        for (double w : logWeights) {
            max = Math.max(max, w);
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int l = 0; l < labels.length; l++) {
            weights.put(labels[l], Math.exp(logWeights[l] - max));
        }
        return weights;
    }
}
