package io.sentio.function.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.model.Prediction;
import io.sentio.core.model.TextPrediction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultiLabelLowConfidenceTest {
    private final PredictionMetrics metrics = PredictionMetrics.emf("SentioTest", "sentio", "1", 0.6);

    private static TextPrediction labelSet(double nearestDistance) {
        return new TextPrediction(Prediction.ofSet(List.of("Drama"), Map.of("Drama", 0.95, "Comedy", 0.3),
                nearestDistance), List.of());
    }

    @Test
    void aLabelSetIsLowConfidenceWhenAProbabilityLiesNearItsThreshold() {
        assertThat(metrics.isLowConfidence(labelSet(0.02))).isTrue();
        assertThat(metrics.isLowConfidence(labelSet(0.25))).isFalse();
    }

    @Test
    void aSingleLabelStillComparesItsConfidenceWithTheThreshold() {
        assertThat(metrics.isLowConfidence(new TextPrediction(
                new Prediction("positive", Map.of("positive", 0.55, "negative", 0.45)), List.of()))).isTrue();
        assertThat(metrics.isLowConfidence(new TextPrediction(
                new Prediction("positive", Map.of("positive", 0.9, "negative", 0.1)), List.of()))).isFalse();
    }
}
