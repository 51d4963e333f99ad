package io.sentio.training.train;

import io.sentio.core.decision.DecisionRule.LabelThresholds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses a multi-label model's decision thresholds from its probabilities on validation texts it
 * was not trained on. Thresholds are what handle imbalance per label: a rare label's probabilities
 * stay low, so its best cut lies lower. The global threshold maximises micro-F1 of the whole
 * decision (minimum label count included); a per-label one maximises that label's F1, and a label
 * with too few validation texts to say keeps the global one.
 */
public final class ThresholdTuner {
    /** Validation texts a label needs before its own threshold is trusted over the global one. */
    static final int MIN_POSITIVES = 5;
    private static final double LOWEST = 0.02;
    private static final double HIGHEST = 0.90;
    private static final double STEP = 0.01;

    private ThresholdTuner() {
    }

    /**
     * @param labels        label names, in the order of each row of {@code probabilities}
     * @param probabilities one row per validation text
     * @param truth         the true label set of each validation text
     */
    public static LabelThresholds tune(String[] labels, List<double[]> probabilities, List<Set<String>> truth,
            ThresholdMode mode, int minLabels) {
        double global = bestGlobal(labels, probabilities, truth, minLabels);
        Map<String, Double> perLabel = new HashMap<>();
        if (mode == ThresholdMode.PER_LABEL) {
            for (int l = 0; l < labels.length; l++) {
                String label = labels[l];
                bestForLabel(l, label, probabilities, truth).ifPresent(t -> perLabel.put(label, t));
            }
        }
        return new LabelThresholds(perLabel, global, minLabels);
    }

    private static double bestGlobal(String[] labels, List<double[]> probabilities, List<Set<String>> truth,
            int minLabels) {
        double best = 0.5;
        double bestF1 = -1;
        for (double t = LOWEST; t <= HIGHEST + 1e-9; t += STEP) {
            double threshold = round(t);
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

    private static java.util.Optional<Double> bestForLabel(int l, String label, List<double[]> probabilities,
            List<Set<String>> truth) {
        long positives = truth.stream().filter(s -> s.contains(label)).count();
        if (positives < MIN_POSITIVES) {
            return java.util.Optional.empty();
        }
        double best = 0.5;
        double bestF1 = -1;
        for (double t = LOWEST; t <= HIGHEST + 1e-9; t += STEP) {
            double threshold = round(t);
            long tp = 0;
            long fp = 0;
            for (int i = 0; i < probabilities.size(); i++) {
                if (probabilities.get(i)[l] >= threshold) {
                    if (truth.get(i).contains(label)) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + (positives - tp));
            if (f1 > bestF1) {
                bestF1 = f1;
                best = threshold;
            }
        }
        return java.util.Optional.of(best);
    }

    private static double round(double t) {
        return Math.round(t * 100) / 100.0;
    }
}
