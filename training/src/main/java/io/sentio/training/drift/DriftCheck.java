package io.sentio.training.drift;

import io.sentio.core.decision.DriftBaseline;
import io.sentio.training.eval.ConfusionCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares what a model shows on new data with its training-time baseline: proxies that need no
 * labels (unknown-term share, confidence, predicted label mix) and, when the data has labels,
 * macro-F1 against the bundle's own.
 */
public final class DriftCheck {
    public static final String UNKNOWN_TERM_SHARE = "unknown_term_share";
    public static final String CONFIDENCE_PSI = "confidence_psi";
    public static final String LABEL_MIX = "label_mix_jsd";
    public static final String MACRO_F1 = "macro_f1";
    public static final String LOW_CONFIDENCE_SHARE = "low_confidence_share";
    public static final String TRUE_LABEL_MIX = "true_label_mix_jsd";

    private final DriftThresholds thresholds;

    public DriftCheck(DriftThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param labels        the model's labels
     * @param bundleMetrics the manifest's metrics; its {@code macro_f1} is the reference when the data has labels
     */
    public DriftReport compare(DriftBaseline baseline, Observations data, List<String> labels,
            Map<String, Object> bundleMetrics) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("no texts to compare with the baseline");
        }
        List<Signal> signals = new ArrayList<>();
        double share = mean(data.unknownTermShares());
        double baselineShare = baseline.unknownTermShare().mean();
        signals.add(Signal.ofFigures(UNKNOWN_TERM_SHARE, baselineShare, share, Optional.of(thresholds.unknownTermShare())));
        signals.add(confidence(baseline, data));
        Map<String, Double> predictedMix = BaselineBuilder.mix(data.predicted(), labels);
        signals.add(Signal.ofDivergence(LABEL_MIX, jensenShannon(baseline.predictedLabels(), predictedMix),
                Optional.of(thresholds.labelMix())));
        data.truth().flatMap(truth -> macroF1(truth, data.predicted(), labels, bundleMetrics)).ifPresent(signals::add);
        double unsure = BaselineBuilder.shareBelow(data.confidences(), baseline.lowConfidence().below());
        signals.add(Signal.ofFigures(LOW_CONFIDENCE_SHARE, baseline.lowConfidence().share(), unsure, Optional.empty()));
        data.truth().filter(truth -> !baseline.trueLabels().isEmpty()).ifPresent(truth -> signals.add(
                Signal.ofDivergence(TRUE_LABEL_MIX, jensenShannon(baseline.trueLabels(), BaselineBuilder.mix(truth,
                        List.of())), Optional.empty())));
        return new DriftReport(data.size(), signals, predictedMix, thresholds, data.truth().isPresent());
    }

    private Signal confidence(DriftBaseline baseline, Observations data) {
        List<Double> expected = baseline.confidenceBins().shares();
        List<Double> actual = baseline.confidenceBins().sharesOf(data.confidences());
        double mean = mean(data.confidences());
        return new Signal(CONFIDENCE_PSI, Optional.of(baseline.confidence().mean()), Optional.of(mean),
                Divergence.populationStability(expected, actual), Optional.of(thresholds.confidencePsi()));
    }

    private Optional<Signal> macroF1(List<String> truth, List<String> predicted, List<String> labels,
            Map<String, Object> bundleMetrics) {
        if (!(bundleMetrics.get("macro_f1") instanceof Number reference)) {
            return Optional.empty();
        }
        ConfusionCounts counts = new ConfusionCounts(labels);
        for (int i = 0; i < truth.size(); i++) {
            counts.add(truth.get(i), predicted.get(i));
        }
        double current = counts.evaluation(0, 0, Map.of()).macroF1();
        // The distance is the drop, so a better score than the bundle's is never drift.
        return Optional.of(new Signal(MACRO_F1, Optional.of(reference.doubleValue()), Optional.of(current),
                reference.doubleValue() - current, Optional.of(thresholds.macroF1Drop())));
    }

    /** Over the union of both label sets, a label missing from one having share 0 there. */
    private static double jensenShannon(Map<String, Double> p, Map<String, Double> q) {
        TreeSet<String> labels = new TreeSet<>(p.keySet());
        labels.addAll(q.keySet());
        return Divergence.jensenShannon(labels.stream().map(l -> p.getOrDefault(l, 0.0)).toList(),
                labels.stream().map(l -> q.getOrDefault(l, 0.0)).toList());
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElseThrow();
    }
}
