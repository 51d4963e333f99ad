package io.sentio.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.core.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionRuleTest {
    private static final String[] LABELS = {"negative", "neutral", "positive"};

    @Test
    void highestProbabilityTakesTheFirstOfEqualBest() {
        DecisionRule rule = new DecisionRule.HighestProbability();

        assertThat(rule.choose(LABELS, new double[] {0.2, 0.3, 0.5})).containsExactly(2);
        assertThat(rule.choose(LABELS, new double[] {0.4, 0.4, 0.2})).containsExactly(0);
    }

    @Test
    void weightsMoveTheAnswerTowardsAFavouredLabel() {
        DecisionRule rule = new DecisionRule.WeightedProbability(Map.of("neutral", 2.0));

        assertThat(rule.choose(LABELS, new double[] {0.1, 0.25, 0.65})).containsExactly(2);
        assertThat(rule.choose(LABELS, new double[] {0.1, 0.35, 0.55})).containsExactly(1);
    }

    @Test
    void rejectsNonPositiveWeights() {
        assertThatThrownBy(() -> new DecisionRule.WeightedProbability(Map.of("neutral", 0.0)))
                .hasMessageContaining("'neutral' must be positive");
    }

    @Test
    void thresholdsChooseEveryLabelAtOrAboveItsOwnMostProbableFirst() {
        String[] genres = {"Action", "Comedy", "Drama", "Horror"};
        DecisionRule rule = new DecisionRule.LabelThresholds(Map.of("Drama", 0.6, "Horror", 0.2), 0.4, 1);

        assertThat(rule.choose(genres, new double[] {0.45, 0.1, 0.55, 0.7})).containsExactly(3, 0);
        assertThat(rule.choose(genres, new double[] {0.4, 0.39, 0.6, 0.2})).containsExactly(2, 0, 3);
    }

    @Test
    void aTextBelowEveryThresholdGetsTheLabelNearestItsThreshold() {
        String[] genres = {"Action", "Comedy", "Drama"};
        DecisionRule rule = new DecisionRule.LabelThresholds(Map.of("Drama", 0.9), 0.5, 1);

        // Drama is the most probable, but Comedy is nearer its threshold.
        assertThat(rule.choose(genres, new double[] {0.1, 0.45, 0.8})).containsExactly(1);
    }

    @Test
    void withNoMinimumATextMayGetNoLabel() {
        DecisionRule rule = new DecisionRule.LabelThresholds(Map.of(), 0.5, 0);

        assertThat(rule.choose(new String[] {"a", "b"}, new double[] {0.2, 0.3})).isEmpty();
    }

    @Test
    void rejectsThresholdsOutsideZeroToOne() {
        assertThatThrownBy(() -> new DecisionRule.LabelThresholds(Map.of("a", 1.5), 0.5, 1))
                .hasMessageContaining("threshold of 'a' must lie in [0, 1]");
    }

    @Test
    void aRuleMustFitItsTask() {
        assertThatThrownBy(() -> new Decision(Task.MULTI_LABEL, new DecisionRule.HighestProbability()))
                .hasMessageContaining("does not fit a multi_label model");
        assertThatThrownBy(() -> new Decision(Task.SINGLE_LABEL, new DecisionRule.LabelThresholds(Map.of(), 0.5, 1)))
                .hasMessageContaining("does not fit a single_label model");
    }

    @Test
    void everyRuleSurvivesTheManifestJsonDialect() throws Exception {
        for (Decision decision : new Decision[] {
                Decision.HIGHEST_PROBABILITY,
                Decision.singleLabel(new DecisionRule.WeightedProbability(Map.of("neutral", 1.7, "negative", 1.2))),
                new Decision(Task.MULTI_LABEL, new DecisionRule.LabelThresholds(Map.of("Drama", 0.35), 0.3, 1))}) {
            String json = Json.mapper().writeValueAsString(decision);

            assertThat(Json.mapper().readValue(json, Decision.class)).isEqualTo(decision);
        }
    }

    @Test
    void writesTheTaskAndKindByName() throws Exception {
        String json = Json.mapper().writeValueAsString(
                new Decision(Task.MULTI_LABEL, new DecisionRule.LabelThresholds(Map.of("Drama", 0.35), 0.3, 1)));

        assertThat(json).contains("\"task\" : \"multi_label\"", "\"kind\" : \"label_thresholds\"",
                "\"default_threshold\" : 0.3", "\"min_labels\" : 1");
    }

    @Test
    void theStrongestMarginIsTheSurestLabelsDistanceAboveItsThreshold() {
        DecisionRule.LabelThresholds rule = new DecisionRule.LabelThresholds(Map.of("Drama", 0.6, "Horror", 0.2), 0.4, 1);

        assertThat(rule.strongestMargin(Map.of("Drama", 0.7, "Horror", 0.5, "Comedy", 0.1)))
                .isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(rule.strongestMargin(Map.of("Drama", 0.1, "Horror", 0.05)))
                .as("no label reaches its threshold").isCloseTo(-0.15, org.assertj.core.api.Assertions.within(1e-12));
    }
}
