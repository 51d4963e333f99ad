package io.sentio.training.train;

import io.sentio.core.decision.DecisionRule.LabelThresholds;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses a multi-label model's decision thresholds from its probabilities on texts it was not
 * trained on (out-of-fold). Thresholds are what handle imbalance per label: a rare label's
 * probabilities stay low, so its best cut lies lower.
 *
 * <p>The global threshold maximises micro-F1 of the whole decision (minimum label count included).
 * Per-label thresholds start from it and are improved one label at a time (coordinate ascent, a
 * few passes) for micro-F1 + macro-F1: micro-F1 alone is best served by one cut for all labels and
 * leaves rare labels unfound, each label's own F1 alone over-predicts rare labels; their sum keeps
 * both headline figures up. A label with too few held-out texts to say keeps the global one.
 */
public final class ThresholdTuner {
    /** Held-out positives a label needs before its own threshold is trusted over the global one (TMDB: TV Movie, 7 movies, keeps it). */
    static final int MIN_POSITIVES = 20;
    private static final int PASSES = 3;
    private static final double LOWEST = 0.02;
    private static final double HIGHEST = 0.90;
    private static final double STEP = 0.01;

    private ThresholdTuner() {
    }

    /**
     * @param labels        label names, in the order of each row of {@code probabilities}
     * @param probabilities one row per held-out text
     * @param truth         the true label set of each held-out text
     */
    public static LabelThresholds tune(String[] labels, List<double[]> probabilities, List<Set<String>> truth,
            ThresholdMode mode, int minLabels) {
        double global = bestGlobal(labels, probabilities, truth, minLabels);
        Map<String, Double> perLabel = mode == ThresholdMode.PER_LABEL
                ? perLabel(labels, probabilities, truth, global) : Map.of();
        return new LabelThresholds(perLabel, global, minLabels);
    }

    private static double bestGlobal(String[] labels, List<double[]> probabilities, List<Set<String>> truth,
            int minLabels) {
        double best = 0.5;
        double bestF1 = -1;
        for (double threshold : grid()) {
            LabelThresholds rule = new LabelThresholds(Map.of(), threshold, minLabels);
            long tp = 0;
            long predicted = 0;
            long actual = 0;
            for (int i = 0; i < probabilities.size(); i++) {
                List<Integer> chosen = rule.choose(labels, probabilities.get(i));
                for (int c : chosen) {
                    if (truth.get(i).contains(labels[c])) {
                        tp++;
                    }
                }
                predicted += chosen.size();
                actual += truth.get(i).size();
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (predicted + actual);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = threshold;
            }
        }
        return best;
    }

    /** Coordinate ascent on micro-F1 + macro-F1, from the global threshold. */
    private static Map<String, Double> perLabel(String[] labels, List<double[]> probabilities,
            List<Set<String>> truth, double global) {
        int n = labels.length;
        double[] thresholds = new double[n];
        Arrays.fill(thresholds, global);
        Confusion[] confusions = new Confusion[n];
        boolean[] tunable = new boolean[n];
        for (int l = 0; l < n; l++) {
            confusions[l] = Confusion.of(l, labels[l], global, probabilities, truth);
            tunable[l] = confusions[l].tp + confusions[l].fn >= MIN_POSITIVES;
        }
        for (int pass = 0; pass < PASSES; pass++) {
            for (int l = 0; l < n; l++) {
                if (!tunable[l]) {
                    continue;
                }
                Confusion others = Confusion.sumExcept(confusions, l);
                double othersF1 = 0;
                for (int k = 0; k < n; k++) {
                    othersF1 += k == l ? 0 : confusions[k].f1();
                }
                double best = -1;
                for (double threshold : grid()) {
                    Confusion own = Confusion.of(l, labels[l], threshold, probabilities, truth);
                    double objective = others.plus(own).f1() + (othersF1 + own.f1()) / n;
                    if (objective > best) {
                        best = objective;
                        thresholds[l] = threshold;
                        confusions[l] = own;
                    }
                }
            }
        }
        Map<String, Double> chosen = new HashMap<>();
        for (int l = 0; l < n; l++) {
            if (tunable[l]) {
                chosen.put(labels[l], thresholds[l]);
            }
        }
        return chosen;
    }

    private static double[] grid() {
        int steps = (int) Math.round((HIGHEST - LOWEST) / STEP);
        double[] grid = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            grid[i] = Math.round((LOWEST + i * STEP) * 100) / 100.0;
        }
        return grid;
    }

    /** True positives, false positives and false negatives of one label at one threshold (or summed). */
    private record Confusion(long tp, long fp, long fn) {
        static Confusion of(int l, String label, double threshold, List<double[]> probabilities,
                List<Set<String>> truth) {
            long tp = 0;
            long fp = 0;
            long fn = 0;
            for (int i = 0; i < probabilities.size(); i++) {
                boolean predicted = probabilities.get(i)[l] >= threshold;
                boolean actual = truth.get(i).contains(label);
                if (predicted && actual) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (actual) {
                    fn++;
                }
            }
            return new Confusion(tp, fp, fn);
        }

        static Confusion sumExcept(Confusion[] all, int skip) {
            Confusion sum = new Confusion(0, 0, 0);
            for (int k = 0; k < all.length; k++) {
                sum = k == skip ? sum : sum.plus(all[k]);
            }
            return sum;
        }

        Confusion plus(Confusion other) {
            return new Confusion(tp + other.tp, fp + other.fp, fn + other.fn);
        }

        double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }
}
