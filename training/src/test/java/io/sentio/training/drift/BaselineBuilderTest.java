package io.sentio.training.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sentio.core.decision.DriftBaseline;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaselineBuilderTest {
    @Test
    void summarisesEveryObservedFigure() {
        Observations observed = observations(100);

        DriftBaseline baseline = BaselineBuilder.baseline(observed, List.of("negative", "neutral", "positive"));

        assertThat(baseline.texts()).isEqualTo(100);
        assertThat(baseline.unknownTermShare().mean()).isCloseTo(0.0495, within(1e-12));
        assertThat(baseline.confidence().p50()).isEqualTo(0.5 + 49 * 0.005);
        assertThat(baseline.predictedLabels()).containsOnlyKeys("negative", "neutral", "positive");
        assertThat(baseline.predictedLabels().get("neutral")).isZero();
        assertThat(baseline.trueLabels()).containsOnlyKeys("negative", "positive");
        assertThat(baseline.trueLabels().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
    }

    @Test
    void binsConfidenceAtItsDecilesSoEachBinHoldsATenth() {
        DriftBaseline baseline = BaselineBuilder.baseline(observations(1000), List.of("negative", "positive"));

        assertThat(baseline.confidenceBins().lowerEdges()).hasSize(10).startsWith(0.0);
        assertThat(baseline.confidenceBins().shares()).allSatisfy(share -> assertThat(share).isCloseTo(0.1, within(0.002)));
    }

    @Test
    void aboutATenthOfTheBaselineIsUnsure() {
        DriftBaseline baseline = BaselineBuilder.baseline(observations(1000), List.of("negative", "positive"));

        assertThat(baseline.lowConfidence().share()).isCloseTo(0.1, within(0.002));
        assertThat(baseline.lowConfidence().below()).isCloseTo(0.5 + 100 * 0.0005, within(0.001));
    }

    @Test
    void identicalConfidencesMakeOneBin() {
        double[] same = new double[50];
        java.util.Arrays.fill(same, 0.9);
        Observations observed = Observations.singleLabel(new double[50], same, Collections.nCopies(50, "positive"),
                Optional.empty());

        DriftBaseline baseline = BaselineBuilder.baseline(observed, List.of("negative", "positive"));

        assertThat(baseline.confidenceBins().lowerEdges()).containsExactly(0.0, 0.9);
        assertThat(baseline.confidenceBins().shares()).containsExactly(0.0, 1.0);
        assertThat(baseline.trueLabels()).isEmpty();
    }

    @Test
    void aMultiLabelBaselineHoldsEachLabelsPositiveRateAndBinsMarginsFromMinusOne() {
        int n = 100;
        double[] margins = new double[n];
        List<List<String>> predicted = new java.util.ArrayList<>();
        List<List<String>> truth = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            margins[i] = -0.2 + i * 0.006;
            predicted.add(i % 2 == 0 ? List.of("Drama", "Comedy") : List.of("Drama"));
            truth.add(i % 4 == 0 ? List.of("Horror") : List.of("Drama"));
        }
        Observations observed = new Observations(io.sentio.core.decision.Task.MULTI_LABEL, new double[n], margins,
                predicted, Optional.of(truth));

        DriftBaseline baseline = BaselineBuilder.baseline(observed, List.of("Comedy", "Drama", "Horror"));

        assertThat(baseline.predictedLabels()).containsOnly(java.util.Map.entry("Comedy", 0.5),
                java.util.Map.entry("Drama", 1.0), java.util.Map.entry("Horror", 0.0));
        assertThat(baseline.trueLabels()).containsOnly(java.util.Map.entry("Drama", 0.75),
                java.util.Map.entry("Horror", 0.25));
        assertThat(baseline.confidenceBins().lowerEdges()).startsWith(-1.0).hasSize(10);
        assertThat(baseline.confidenceBins().lowerEdges().get(1)).isNegative();
        assertThat(baseline.lowConfidence().share()).isCloseTo(0.1, within(0.011));
    }

    /** Confidence rising evenly from 0.5, unknown share from 0, labels alternating. */
    static Observations observations(int n) {
        double[] shares = new double[n];
        double[] confidences = new double[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            shares[i] = i * 0.001;
            confidences[i] = 0.5 + i * 0.5 / n;
            labels[i] = i % 4 == 0 ? "negative" : "positive";
        }
        return Observations.singleLabel(shares, confidences, List.of(labels), Optional.of(List.of(labels)));
    }
}
