package io.sentio.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftBaselineTest {
    static final DriftBaseline BASELINE = new DriftBaseline(200,
            new DriftBaseline.Spread(0.05, 0, 0, 0.03, 0.08, 0.2),
            new DriftBaseline.Spread(0.8, 0.45, 0.7, 0.85, 0.95, 0.99),
            new DriftBaseline.Bins(List.of(0.0, 0.6, 0.9), List.of(0.2, 0.3, 0.5)),
            new DriftBaseline.LowConfidence(0.55, 0.1),
            Map.of("positive", 0.7, "neutral", 0.1, "negative", 0.2),
            Map.of("positive", 0.65, "neutral", 0.15, "negative", 0.2));

    @Test
    void travelsInTheDecisionSectionAndReadsBackEqual() throws Exception {
        Decision decision = Decision.singleLabel(new DecisionRule.HighestProbability()).withBaseline(BASELINE);

        String json = Json.mapper().writeValueAsString(decision);
        Decision read = Json.mapper().readValue(json, Decision.class);

        assertThat(read).isEqualTo(decision);
        JsonNode tree = Json.mapper().readTree(json);
        assertThat(tree.at("/baseline/unknown_term_share/p95").asDouble()).isEqualTo(0.2);
        assertThat(tree.at("/baseline/confidence_bins/lower_edges").size()).isEqualTo(3);
        assertThat(tree.at("/baseline/predicted_labels/positive").asDouble()).isEqualTo(0.7);
    }

    @Test
    void aDecisionWithoutBaselineIsWrittenAsBefore() throws Exception {
        JsonNode tree = Json.mapper().readTree(Json.mapper().writeValueAsString(Decision.HIGHEST_PROBABILITY));

        assertThat(tree.has("baseline")).isFalse();
        assertThat(Json.mapper().readValue("{\"task\":\"single_label\",\"rule\":{\"kind\":\"highest_probability\"}}",
                Decision.class)).isEqualTo(Decision.HIGHEST_PROBABILITY);
    }

    @Test
    void theTwoArgumentDecisionHasNoBaselineAndKeepsItsRule() {
        Decision decision = new Decision(Task.SINGLE_LABEL, new DecisionRule.WeightedProbability(Map.of("neutral", 2.0)));

        assertThat(decision.baseline()).isEmpty();
        assertThat(decision.withBaseline(BASELINE).rule()).isEqualTo(decision.rule());
        assertThat(decision.withBaseline(BASELINE).baseline()).contains(BASELINE);
        assertThat(new Decision(Task.SINGLE_LABEL, new DecisionRule.HighestProbability(), null).baseline())
                .isEqualTo(Optional.empty());
    }

    @Test
    void spreadUsesNearestRankQuantiles() {
        double[] values = new double[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 - i; // 100 … 1, unsorted on purpose
        }

        DriftBaseline.Spread spread = DriftBaseline.Spread.of(values);

        assertThat(spread.mean()).isEqualTo(50.5);
        assertThat(spread.p05()).isEqualTo(5);
        assertThat(spread.p50()).isEqualTo(50);
        assertThat(spread.p95()).isEqualTo(95);
        assertThat(values[0]).isEqualTo(100); // the caller's array is left alone
    }

    @Test
    void binsPutEachValueUnderTheLastEdgeAtOrBelowIt() {
        DriftBaseline.Bins bins = BASELINE.confidenceBins();

        assertThat(bins.binOf(0.1)).isZero();
        assertThat(bins.binOf(0.6)).isEqualTo(1);
        assertThat(bins.binOf(0.89)).isEqualTo(1);
        assertThat(bins.binOf(1.0)).isEqualTo(2);
        assertThat(bins.sharesOf(new double[] {0.1, 0.7, 0.95, 0.99})).containsExactly(0.25, 0.25, 0.5);
    }

    @Test
    void refusesEdgesThatDoNotAscendAndAnEmptyBaseline() {
        assertThatThrownBy(() -> new DriftBaseline.Bins(List.of(0.0, 0.5, 0.5), List.of(0.3, 0.3, 0.4)))
                .hasMessageContaining("ascend");
        assertThatThrownBy(() -> new DriftBaseline.Bins(List.of(0.0), List.of(0.5, 0.5)))
                .hasMessageContaining("one share per lower edge");
        assertThatThrownBy(() -> new DriftBaseline(0, BASELINE.unknownTermShare(), BASELINE.confidence(),
                BASELINE.confidenceBins(), BASELINE.lowConfidence(), Map.of(), Map.of()))
                .hasMessageContaining("at least one text");
    }
}
