package io.sentio.training.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.decision.DecisionRule.LabelThresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThresholdTunerTest {
    private static final String[] LABELS = {"common", "rare"};
    private static final int TEXTS = 120;

    /**
     * 120 texts: "common" is true when its probability is above 0.6, "rare" when its probability
     * is above 0.15 (a rare label's probabilities stay low). The best cut of each lies just above
     * the highest negative.
     */
    private static List<double[]> probabilities() {
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < TEXTS; i++) {
            rows.add(new double[] {i % 2 == 0 ? 0.7 + i / (10.0 * TEXTS) : 0.5 - i / (10.0 * TEXTS), i % 4 == 0 ? 0.2 : 0.1});
        }
        return rows;
    }

    private static List<Set<String>> truth() {
        List<Set<String>> sets = new ArrayList<>();
        for (int i = 0; i < TEXTS; i++) {
            Set<String> set = new java.util.HashSet<>();
            if (i % 2 == 0) {
                set.add("common");
            }
            if (i % 4 == 0) {
                set.add("rare");
            }
            sets.add(set);
        }
        return sets;
    }

    @Test
    void eachLabelGetsTheCutThatSeparatesItsOwnPositives() {
        LabelThresholds rule = ThresholdTuner.tune(LABELS, probabilities(), truth(), ThresholdMode.PER_LABEL, 0);

        assertThat(rule.threshold("common")).isGreaterThan(0.4975).isLessThanOrEqualTo(0.7);
        assertThat(rule.threshold("rare")).isGreaterThan(0.1).isLessThanOrEqualTo(0.2);
        for (int i = 0; i < TEXTS; i++) {
            List<Integer> chosen = rule.choose(LABELS, probabilities().get(i));
            assertThat(chosen.stream().map(c -> LABELS[c]).toList()).containsExactlyInAnyOrderElementsOf(truth().get(i));
        }
    }

    @Test
    void globalModeSetsNoPerLabelThreshold() {
        LabelThresholds rule = ThresholdTuner.tune(LABELS, probabilities(), truth(), ThresholdMode.GLOBAL, 1);

        assertThat(rule.thresholds()).isEmpty();
        assertThat(rule.minLabels()).isEqualTo(1);
        assertThat(rule.defaultThreshold()).isBetween(0.02, 0.9);
    }

    @Test
    void aLabelTooRareInValidationKeepsTheGlobalThreshold() {
        List<Set<String>> truth = truth();
        List<double[]> probabilities = probabilities();
        for (int i = 0; i < TEXTS; i++) {
            truth.get(i).remove("rare");
        }
        truth.get(0).add("rare");

        LabelThresholds rule = ThresholdTuner.tune(LABELS, probabilities, truth, ThresholdMode.PER_LABEL, 0);

        assertThat(rule.thresholds()).containsKey("common").doesNotContainKey("rare");
    }
}
