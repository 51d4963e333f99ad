package io.sentio.training.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.core.decision.DriftBaseline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftCheckTest {
    private static final List<String> LABELS = List.of("negative", "positive");
    private static final Observations TRAINING = BaselineBuilderTest.observations(1000);
    private static final DriftBaseline BASELINE = BaselineBuilder.baseline(TRAINING, LABELS);
    private static final Map<String, Object> METRICS = Map.of("macro_f1", 1.0);
    private static final DriftCheck CHECK = new DriftCheck(DriftThresholds.defaults());

    @Test
    void theBaselinesOwnObservationsDoNotDrift() {
        DriftReport report = CHECK.compare(BASELINE, TRAINING, LABELS, METRICS);

        assertThat(report.drift()).isFalse();
        assertThat(report.verdict()).isEqualTo("no drift");
        assertThat(report.signals()).extracting(Signal::name).containsExactly(DriftCheck.UNKNOWN_TERM_SHARE,
                DriftCheck.CONFIDENCE_PSI, DriftCheck.LABEL_MIX, DriftCheck.MACRO_F1, DriftCheck.LOW_CONFIDENCE_SHARE,
                DriftCheck.TRUE_LABEL_MIX);
        assertThat(report.signals()).allSatisfy(s -> assertThat(s.distance()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9)));
    }

    @Test
    void moreUnknownTermsThanTheThresholdAllowsIsDrift() {
        Observations data = with(TRAINING, shifted(TRAINING.unknownTermShares(), 0.06), TRAINING.confidences(),
                TRAINING.predicted());

        DriftReport report = CHECK.compare(BASELINE, data, LABELS, METRICS);

        assertThat(report.drifted()).extracting(Signal::name).containsExactly(DriftCheck.UNKNOWN_TERM_SHARE);
        assertThat(new DriftCheck(new DriftThresholds(0.07, 0.25, 0.05, 0.1)).compare(BASELINE, data, LABELS, METRICS)
                .drift()).isFalse();
    }

    @Test
    void aConfidenceShiftMovesTheStabilityIndex() {
        Observations data = with(TRAINING, TRAINING.unknownTermShares(), shifted(TRAINING.confidences(), -0.2),
                TRAINING.predicted());

        DriftReport report = CHECK.compare(BASELINE, data, LABELS, METRICS);

        assertThat(report.drifted()).extracting(Signal::name).containsExactly(DriftCheck.CONFIDENCE_PSI);
        Signal unsure = signal(report, DriftCheck.LOW_CONFIDENCE_SHARE);
        assertThat(unsure.current()).get().satisfies(share -> assertThat(share).isGreaterThan(0.4));
        assertThat(unsure.drifted()).as("informs only").isFalse();
    }

    @Test
    void aChangedPredictedLabelMixIsDriftAndSoIsTheMacroF1ItCosts() {
        List<List<String>> allNegative = TRAINING.predicted().stream().map(l -> List.of("negative")).toList();
        Observations data = with(TRAINING, TRAINING.unknownTermShares(), TRAINING.confidences(), allNegative);

        DriftReport report = CHECK.compare(BASELINE, data, LABELS, METRICS);

        assertThat(report.drifted()).extracting(Signal::name).containsExactly(DriftCheck.LABEL_MIX, DriftCheck.MACRO_F1);
        assertThat(report.predictedMix()).containsEntry("negative", 1.0).containsEntry("positive", 0.0);
    }

    @Test
    void withoutLabelsOrAReferenceMacroF1ThereIsNoMetricSignal() {
        Observations unlabelled = new Observations(TRAINING.task(), TRAINING.unknownTermShares(), TRAINING.confidences(),
                TRAINING.predicted(), Optional.empty());

        assertThat(CHECK.compare(BASELINE, unlabelled, LABELS, METRICS).signals()).extracting(Signal::name)
                .doesNotContain(DriftCheck.MACRO_F1, DriftCheck.TRUE_LABEL_MIX);
        assertThat(CHECK.compare(BASELINE, TRAINING, LABELS, Map.of()).signals()).extracting(Signal::name)
                .doesNotContain(DriftCheck.MACRO_F1);
    }

    @Test
    void aBetterMacroF1IsNeverDrift() {
        Map<String, Object> weakerBundle = Map.of("macro_f1", 0.5);

        Signal f1 = signal(CHECK.compare(BASELINE, TRAINING, LABELS, weakerBundle), DriftCheck.MACRO_F1);

        assertThat(f1.distance()).isNegative();
        assertThat(f1.drifted()).isFalse();
    }

    @Test
    void refusesNoTextsAndNegativeThresholds() {
        Observations none = Observations.singleLabel(new double[0], new double[0], List.of(), Optional.empty());

        assertThatThrownBy(() -> CHECK.compare(BASELINE, none, LABELS, METRICS)).hasMessageContaining("no texts");
        assertThatThrownBy(() -> new DriftThresholds(0.05, -1, 0.05, 0.1)).hasMessageContaining("confidence PSI");
        assertThatThrownBy(() -> new DriftThresholds(Double.NaN, 0.25, 0.05, 0.1)).hasMessageContaining("unknown-term");
    }

    @Test
    void aMultiLabelModelComparesEachLabelsPositiveRateAndReportsHowManyLabelsATextGets() {
        List<String> genres = List.of("Comedy", "Drama", "Horror");
        Observations training = multiLabel(i -> i % 2 == 0 ? List.of("Drama", "Comedy") : List.of("Drama"));
        DriftBaseline baseline = BaselineBuilder.baseline(training, genres);
        Map<String, Object> metrics = Map.of("macro_f1", 1.0 / 3); // Drama right every time, Comedy never
        Observations slightlyMore = multiLabel(i -> i % 5 < 3 ? List.of("Drama", "Comedy") : List.of("Drama"));
        Observations everyGenre = multiLabel(i -> List.of("Drama", "Comedy", "Horror"));
        Observations horror = multiLabel(i -> List.of("Horror"));

        DriftReport same = CHECK.compare(baseline, training, genres, metrics);
        DriftReport near = CHECK.compare(baseline, slightlyMore, genres, metrics);
        DriftReport allLabels = CHECK.compare(baseline, everyGenre, genres, metrics);
        DriftReport otherLabels = CHECK.compare(baseline, horror, genres, metrics);

        assertThat(same.drift()).isFalse();
        assertThat(signal(same, DriftCheck.LABEL_CARDINALITY).current()).contains(1.5);
        assertThat(near.drift()).as("Comedy on 60 %% of texts instead of 50 %%").isFalse();
        assertThat(allLabels.drifted()).extracting(Signal::name).contains(DriftCheck.LABEL_MIX);
        assertThat(signal(allLabels, DriftCheck.LABEL_CARDINALITY).current()).contains(3.0);
        assertThat(otherLabels.drifted()).extracting(Signal::name).contains(DriftCheck.LABEL_MIX, DriftCheck.MACRO_F1);
        assertThat(otherLabels.predictedMix()).containsEntry("Horror", 1.0).containsEntry("Drama", 0.0);
    }

    /** 200 texts whose true set is always Drama, margins rising evenly from −0.1. */
    private static Observations multiLabel(java.util.function.IntFunction<List<String>> predicted) {
        int n = 200;
        double[] margins = new double[n];
        List<List<String>> sets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            margins[i] = -0.1 + i * 0.004;
            sets.add(predicted.apply(i));
        }
        return new Observations(io.sentio.core.decision.Task.MULTI_LABEL, new double[n], margins, sets,
                Optional.of(java.util.Collections.nCopies(n, List.of("Drama"))));
    }

    private static Signal signal(DriftReport report, String name) {
        return report.signals().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static double[] shifted(double[] values, double by) {
        double[] shifted = values.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] = Math.max(0, Math.min(1, shifted[i] + by));
        }
        return shifted;
    }

    private static Observations with(Observations base, double[] shares, double[] confidences,
            List<List<String>> predicted) {
        return new Observations(base.task(), shares, confidences, new ArrayList<>(predicted), base.truth());
    }
}
