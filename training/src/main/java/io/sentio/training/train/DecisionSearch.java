package io.sentio.training.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds per-label weights for {@code argmax weight × probability} that maximise a metric on
 * held-out probabilities: coordinate ascent over log-weights on a fixed grid, one label at a time,
 * until a full round improves nothing. Deterministic: labels in order, the grid in order, and a
 * change only when it strictly improves (so among equal scores the weight nearest 1 is kept).
 *
 * <p>Then the one-standard-error rule: the weights found are shrunk towards 1 (all log-weights
 * scaled by the same factor) as far as the score stays within one bootstrap standard error of the
 * best. A validation slice is a sample; weights pushed to its exact optimum fit its noise, and the
 * further a rule moves from the probabilities, the more it costs on data unlike the training data
 * (measured on out-of-domain reviews: the smaller the weights, the better there).
 */
final class DecisionSearch {
    /** log-weights −3 … 3 in steps of 0.05: from 1/20 to 20 times a label's probability. */
    private static final double STEP = 0.05;
    private static final int STEPS = 60;
    private static final int MAX_ROUNDS = 20;
    private static final int BOOTSTRAP_SAMPLES = 100;
    private static final int SHRINK_STEPS = 20;

    private DecisionSearch() {
    }

    /** The weights found and the metric with them, and with weight 1 everywhere (highest probability). */
    record Result(Map<String, Double> weights, double score, double highestProbabilityScore, double bestScore,
            double standardError) {
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
        double standardError = bootstrapStandardError(logWeights, probabilities, truths, metric);
        double[] shrunk = logWeights;
        double shrunkScore = best;
        for (int step = 0; step < SHRINK_STEPS; step++) {
            double[] candidate = scaled(logWeights, step / (double) SHRINK_STEPS);
            double s = score(candidate, probabilities, truths, metric);
            if (s >= best - standardError) {
                shrunk = candidate;
                shrunkScore = s;
                break;
            }
        }
        return new Result(normalised(labels, shrunk), shrunkScore, baseline, best, standardError);
    }

    private static double[] scaled(double[] logWeights, double factor) {
        double[] out = new double[logWeights.length];
        for (int l = 0; l < out.length; l++) {
            out[l] = logWeights[l] * factor;
        }
        return out;
    }

    /** The metric's spread over resamples of the validation texts (seeded, so deterministic). */
    private static double bootstrapStandardError(double[] logWeights, double[][] probabilities, int[] truths,
            DecisionMetric metric) {
        int n = truths.length;
        if (n < 2) {
            return 0;
        }
        java.util.Random random = new java.util.Random(42);
        double sum = 0;
        double squares = 0;
        double[][] p = new double[n][];
        int[] t = new int[n];
        for (int b = 0; b < BOOTSTRAP_SAMPLES; b++) {
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(n);
                p[i] = probabilities[pick];
                t[i] = truths[pick];
            }
            double s = score(logWeights, p, t, metric);
            sum += s;
            squares += s * s;
        }
        double mean = sum / BOOTSTRAP_SAMPLES;
        return Math.sqrt(Math.max(0, squares / BOOTSTRAP_SAMPLES - mean * mean));
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
