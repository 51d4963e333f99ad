package io.sentio.core.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;

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
 */
public record Prediction(String label, Map<String, Double> probabilities, List<String> labels) {
    public Prediction {
        probabilities = Collections.unmodifiableMap(probabilities);
        labels = List.copyOf(labels);
    }

    /** A single-label prediction. */
    public Prediction(String label, Map<String, Double> probabilities) {
        this(label, probabilities, List.of(label));
    }

    /** A multi-label prediction: the set, most probable first. */
    public static Prediction ofSet(List<String> labels, Map<String, Double> probabilities) {
        return new Prediction(labels.isEmpty() ? "" : labels.get(0), probabilities, labels);
    }

    public double confidence() {
        return probabilities.getOrDefault(label, 0.0);
    }
}
