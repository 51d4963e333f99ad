package io.sentio.core.decision;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a model's probabilities become its answer, kept apart from the weights so the probabilities
 * stay what training made them (calibrated) while the answer follows a rule chosen for the task on
 * held-out data. Training, evaluation, the gate, serving and the review sample all decide through
 * this one rule, read from the bundle's manifest.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DecisionRule.HighestProbability.class, name = "highest_probability"),
    @JsonSubTypes.Type(value = DecisionRule.WeightedProbability.class, name = "weighted_probability"),
    @JsonSubTypes.Type(value = DecisionRule.LabelThresholds.class, name = "label_thresholds")
})
public sealed interface DecisionRule {

    /**
     * The chosen labels' indices into {@code labels}, most probable first: exactly one for a
     * single-label rule, a set (possibly empty only if the rule allows it) for a multi-label one.
     *
     * @param labels        label names, in the scorer's order
     * @param probabilities one per label, same order
     */
    List<Integer> choose(String[] labels, double[] probabilities);

    /** The label of highest probability (the first such in the scorer's order on a tie). */
    record HighestProbability() implements DecisionRule {
        @Override
        public List<Integer> choose(String[] labels, double[] probabilities) {
            return List.of(argMax(probabilities, null, labels));
        }
    }

    /**
     * The label of highest {@code weight × probability}: equivalent to moving the class priors, so a
     * model trained for good probabilities can still favour a rare class where that maximises the
     * configured metric. A label without a weight has weight 1.
     */
    record WeightedProbability(Map<String, Double> weights) implements DecisionRule {
        public WeightedProbability {
            weights = Map.copyOf(weights);
            weights.forEach((label, weight) -> {
                if (!(weight > 0) || Double.isInfinite(weight)) {
                    throw new IllegalArgumentException("decision weight of '" + label + "' must be positive, was "
                            + weight);
                }
            });
        }

        @Override
        public List<Integer> choose(String[] labels, double[] probabilities) {
            return List.of(argMax(probabilities, weights, labels));
        }
    }

    /**
     * Multi-label: every label whose independent probability reaches its threshold; when fewer than
     * {@code minLabels} do, the labels nearest their thresholds (by probability − threshold) fill up
     * to it, so a text is never left without an answer unless {@code minLabels} is 0.
     *
     * @param thresholds per label; a label without one uses {@code defaultThreshold}
     */
    record LabelThresholds(Map<String, Double> thresholds, double defaultThreshold, int minLabels)
            implements DecisionRule {
        public LabelThresholds {
            thresholds = Map.copyOf(thresholds);
            if (minLabels < 0) {
                throw new IllegalArgumentException("min_labels must be 0 or more, was " + minLabels);
            }
            checkProbability("default_threshold", defaultThreshold);
            thresholds.forEach((label, t) -> checkProbability("threshold of '" + label + "'", t));
        }

        /**
         * A multi-label answer counts as low-confidence when some label's probability lies within
         * this distance of its threshold: a small change of text would flip that label.
         */
        public static final double LOW_CONFIDENCE_MARGIN = 0.1;

        public double threshold(String label) {
            return thresholds.getOrDefault(label, defaultThreshold);
        }

        /**
         * How clearly the surest label is asserted: the largest {@code p − threshold} over the labels,
         * in [−1, 1]; negative when no label reaches its threshold. What a multi-label drift baseline
         * takes for a text's confidence.
         */
        public double strongestMargin(Map<String, Double> probabilities) {
            double strongest = -1;
            for (Map.Entry<String, Double> e : probabilities.entrySet()) {
                strongest = Math.max(strongest, e.getValue() - threshold(e.getKey()));
            }
            return strongest;
        }

        /** How near the probability nearest its threshold lies to it (the smallest |p − threshold|). */
        public double nearestDistance(String[] labels, double[] probabilities) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < labels.length; i++) {
                nearest = Math.min(nearest, Math.abs(probabilities[i] - threshold(labels[i])));
            }
            return nearest;
        }

        @Override
        public List<Integer> choose(String[] labels, double[] probabilities) {
            Integer[] byMargin = new Integer[labels.length];
            for (int i = 0; i < labels.length; i++) {
                byMargin[i] = i;
            }
            java.util.Arrays.sort(byMargin, (a, b) -> Double.compare(
                    probabilities[b] - threshold(labels[b]), probabilities[a] - threshold(labels[a])));
            List<Integer> chosen = new ArrayList<>();
            for (int i : byMargin) {
                if (probabilities[i] >= threshold(labels[i]) || chosen.size() < minLabels) {
                    chosen.add(i);
                }
            }
            chosen.sort((a, b) -> Double.compare(probabilities[b], probabilities[a]));
            return List.copyOf(chosen);
        }

        private static void checkProbability(String what, double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(what + " must lie in [0, 1], was " + value);
            }
        }
    }

    private static int argMax(double[] probabilities, Map<String, Double> weights, String[] labels) {
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < probabilities.length; i++) {
            double value = weights == null ? probabilities[i] : probabilities[i] * weights.getOrDefault(labels[i], 1.0);
            if (value > bestValue) {
                best = i;
                bestValue = value;
            }
        }
        return best;
    }
}
