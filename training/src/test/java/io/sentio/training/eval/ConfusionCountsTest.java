package io.sentio.training.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfusionCountsTest {

    @Test
    void theManifestSummaryCarriesWhatTheModelCardDraws() {
        ConfusionCounts counts = new ConfusionCounts(List.of("neg", "pos"));
        counts.add("pos", "pos");
        counts.add("pos", "neg");
        counts.add("neg", "neg");

        Map<String, Object> summary = counts.evaluation(10, 0.5, Map.of()).summary();

        assertThat(summary.get("confusion_matrix")).isEqualTo(Map.of(
                "neg", Map.of("neg", 1L, "pos", 0L), "pos", Map.of("neg", 1L, "pos", 1L)));
        assertThat(summary.get("per_class")).isEqualTo(Map.of(
                "neg", Map.of("precision", 0.5, "recall", 1.0, "f1", 2 / 3.0, "support", 1L),
                "pos", Map.of("precision", 1.0, "recall", 0.5, "f1", 2 / 3.0, "support", 2L)));
    }

    @Test
    void computesAccuracyPerClassMetricsAndMacroF1() {
        ConfusionCounts counts = new ConfusionCounts(List.of("neg", "pos"));
        // 3 pos predicted pos, 1 pos predicted neg, 2 neg predicted neg, 2 neg predicted pos
        for (int i = 0; i < 3; i++) {
            counts.add("pos", "pos");
        }
        counts.add("pos", "neg");
        counts.add("neg", "neg");
        counts.add("neg", "neg");
        counts.add("neg", "pos");
        counts.add("neg", "pos");

        Evaluation e = counts.evaluation(100, 1.5, Map.of("empty_text", 2L));

        assertThat(e.accuracy()).isEqualTo(5 / 8.0);
        ClassMetrics pos = e.perClass().get("pos");
        assertThat(pos.precision()).isEqualTo(3 / 5.0);
        assertThat(pos.recall()).isEqualTo(3 / 4.0);
        assertThat(pos.f1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(1e-12));
        assertThat(pos.support()).isEqualTo(4);
        ClassMetrics neg = e.perClass().get("neg");
        assertThat(neg.precision()).isEqualTo(2 / 3.0);
        assertThat(neg.recall()).isEqualTo(0.5);
        assertThat(e.macroF1()).isCloseTo((pos.f1() + neg.f1()) / 2, within(1e-12));
        assertThat(e.confusionMatrix().get("neg")).containsEntry("pos", 2L).containsEntry("neg", 2L);
        assertThat(e.nTest()).isEqualTo(8);
        assertThat(e.nTrain()).isEqualTo(100);
        assertThat(e.skipped()).containsEntry("empty_text", 2L);
    }

    @Test
    void macroF1LeavesOutLabelsAbsentFromTestAndPredictions() {
        ConfusionCounts counts = new ConfusionCounts(List.of("a", "b", "rare"));
        counts.add("a", "a");
        counts.add("b", "b");

        Evaluation e = counts.evaluation(0, 0, Map.of());

        assertThat(e.macroF1()).isEqualTo(1.0);
        assertThat(e.perClass()).containsKey("rare");
    }

    @Test
    void aLabelNeverPredictedHasZeroPrecisionNotNaN() {
        ConfusionCounts counts = new ConfusionCounts(List.of("a", "b", "c"));
        counts.add("a", "a");
        counts.add("c", "a");

        Evaluation e = counts.evaluation(0, 0, Map.of());

        assertThat(e.perClass().get("c").precision()).isZero();
        assertThat(e.perClass().get("b").support()).isZero();
        assertThat(e.confusionMatrix()).containsOnlyKeys("a", "b", "c");
    }
}
