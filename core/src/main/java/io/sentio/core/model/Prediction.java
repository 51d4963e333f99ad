package io.sentio.core.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A model's answer for one text: the chosen label(s) and the probability of every label, most
 * probable first.
 *
 * @param label         the chosen label; for a multi-label model the most probable of {@code labels},
 *                      or "" when the decision rule allowed an empty set and chose nothing
 * @param probabilities insertion-ordered from most to least probable; sums to 1 for a single-label
 *                      model, independent per-label probabilities for a multi-label one
 * @param labels        every chosen label, most probable first: just {@code label} for a single-label
 *                      model, the label set for a multi-label one
 * @param thresholdDistance multi-label: how near the probability nearest its threshold lies to it
 *                      (see {@code LabelThresholds#nearestDistance}); empty for a single-label model
 */
public record Prediction(String label, Map<String, Double> probabilities, List<String> labels,
        OptionalDouble thresholdDistance) {
    public Prediction {
        probabilities = Collections.unmodifiableMap(probabilities);
        labels = List.copyOf(labels);
    }

    /** A single-label prediction. */
    public Prediction(String label, Map<String, Double> probabilities) {
        this(label, probabilities, List.of(label), OptionalDouble.empty());
    }

    /** A multi-label prediction: the set, most probable first. */
    public static Prediction ofSet(List<String> labels, Map<String, Double> probabilities, double thresholdDistance) {
        return new Prediction(labels.isEmpty() ? "" : labels.get(0), probabilities, labels,
                OptionalDouble.of(thresholdDistance));
    }

    public double confidence() {
        return probabilities.getOrDefault(label, 0.0);
    }

    /**
     * Whether the answer is unsure: a single-label one whose label's probability is below
     * {@code threshold}; a multi-label one with a label within
     * {@code LabelThresholds.LOW_CONFIDENCE_MARGIN} of its decision threshold.
     */
    public boolean lowConfidence(double threshold) {
        return thresholdDistance.isPresent()
                ? thresholdDistance.getAsDouble() < io.sentio.core.decision.DecisionRule.LabelThresholds.LOW_CONFIDENCE_MARGIN
                : confidence() < threshold;
    }
}
