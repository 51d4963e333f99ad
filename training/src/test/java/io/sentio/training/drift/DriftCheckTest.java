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
        List<String> allNegative = TRAINING.predicted().stream().map(l -> "negative").toList();
        Observations data = with(TRAINING, TRAINING.unknownTermShares(), TRAINING.confidences(), allNegative);

        DriftReport report = CHECK.compare(BASELINE, data, LABELS, METRICS);

        assertThat(report.drifted()).extracting(Signal::name).containsExactly(DriftCheck.LABEL_MIX, DriftCheck.MACRO_F1);
        assertThat(report.predictedMix()).containsEntry("negative", 1.0).containsEntry("positive", 0.0);
    }

    @Test
    void withoutLabelsOrAReferenceMacroF1ThereIsNoMetricSignal() {
        Observations unlabelled = new Observations(TRAINING.unknownTermShares(), TRAINING.confidences(),
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
        Observations none = new Observations(new double[0], new double[0], List.of(), Optional.empty());

        assertThatThrownBy(() -> CHECK.compare(BASELINE, none, LABELS, METRICS)).hasMessageContaining("no texts");
        assertThatThrownBy(() -> new DriftThresholds(0.05, -1, 0.05, 0.1)).hasMessageContaining("confidence PSI");
        assertThatThrownBy(() -> new DriftThresholds(Double.NaN, 0.25, 0.05, 0.1)).hasMessageContaining("unknown-term");
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

    private static Observations with(Observations base, double[] shares, double[] confidences, List<String> predicted) {
        return new Observations(shares, confidences, new ArrayList<>(predicted), base.truth());
    }
}
