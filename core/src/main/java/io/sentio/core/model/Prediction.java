package io.sentio.core.model;

import java.util.Collections;
import java.util.Map;

/**
 * A label and the probability of every label, most probable first.
 *
 * @param probabilities insertion-ordered from most to least probable; sums to 1
 */
public record Prediction(String label, Map<String, Double> probabilities) {
    public Prediction {
        probabilities = Collections.unmodifiableMap(probabilities);
    }

    public double confidence() {
        return probabilities.getOrDefault(label, 0.0);
    }
}
