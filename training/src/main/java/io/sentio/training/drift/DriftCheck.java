package io.sentio.training.drift;

import io.sentio.core.decision.DriftBaseline;
import io.sentio.training.eval.ConfusionCounts;
import io.sentio.training.eval.MultiLabelCounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares what a model shows on new data with its training-time baseline: proxies that need no
 * labels (unknown-term share, confidence, predicted label mix) and, when the data has labels,
 * macro-F1 against the bundle's own. For a multi-label model the label mix compares each label's
 * positive rate (the largest divergence over labels), and the mean number of labels a text informs.
 */
public final class DriftCheck {
    public static final String UNKNOWN_TERM_SHARE = "unknown_term_share";
    public static final String CONFIDENCE_PSI = "confidence_psi";
    public static final String LABEL_MIX = "label_mix_jsd";
    public static final String MACRO_F1 = "macro_f1";
    public static final String LOW_CONFIDENCE_SHARE = "low_confidence_share";
    public static final String LABEL_CARDINALITY = "label_cardinality";
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
        Map<String, Double> predictedMix = BaselineBuilder.rates(data.predicted(), labels);
        signals.add(Signal.ofDivergence(LABEL_MIX, divergence(baseline.predictedLabels(), predictedMix, data),
                Optional.of(thresholds.labelMix())));
        data.truth().flatMap(truth -> macroF1(data, truth, labels, bundleMetrics)).ifPresent(signals::add);
        double unsure = BaselineBuilder.shareBelow(data.confidences(), baseline.lowConfidence().below());
        signals.add(Signal.ofFigures(LOW_CONFIDENCE_SHARE, baseline.lowConfidence().share(), unsure, Optional.empty()));
        if (data.multiLabel()) {
            signals.add(Signal.ofFigures(LABEL_CARDINALITY, sum(baseline.predictedLabels()), sum(predictedMix),
                    Optional.empty()));
        }
        data.truth().filter(truth -> !baseline.trueLabels().isEmpty()).ifPresent(truth -> signals.add(
                Signal.ofDivergence(TRUE_LABEL_MIX, divergence(baseline.trueLabels(), BaselineBuilder.rates(truth,
                        List.of()), data), Optional.empty())));
        return new DriftReport(data.size(), signals, predictedMix, thresholds, data.truth().isPresent());
    }

    private Signal confidence(DriftBaseline baseline, Observations data) {
        List<Double> expected = baseline.confidenceBins().shares();
        List<Double> actual = baseline.confidenceBins().sharesOf(data.confidences());
        double mean = mean(data.confidences());
        return new Signal(CONFIDENCE_PSI, Optional.of(baseline.confidence().mean()), Optional.of(mean),
                Divergence.populationStability(expected, actual), Optional.of(thresholds.confidencePsi()));
    }

    private Optional<Signal> macroF1(Observations data, List<List<String>> truth, List<String> labels,
            Map<String, Object> bundleMetrics) {
        if (!(bundleMetrics.get("macro_f1") instanceof Number reference)) {
            return Optional.empty();
        }
        double current = data.multiLabel() ? multiLabelMacroF1(truth, data.predicted(), labels)
                : singleLabelMacroF1(truth, data.predicted(), labels);
        // The distance is the drop, so a better score than the bundle's is never drift.
        return Optional.of(new Signal(MACRO_F1, Optional.of(reference.doubleValue()), Optional.of(current),
                reference.doubleValue() - current, Optional.of(thresholds.macroF1Drop())));
    }

    private static double singleLabelMacroF1(List<List<String>> truth, List<List<String>> predicted,
            List<String> labels) {
        ConfusionCounts counts = new ConfusionCounts(labels);
        for (int i = 0; i < truth.size(); i++) {
            counts.add(truth.get(i).get(0), predicted.get(i).get(0));
        }
        return counts.evaluation(0, 0, Map.of()).macroF1();
    }

    private static double multiLabelMacroF1(List<List<String>> truth, List<List<String>> predicted,
            List<String> labels) {
        MultiLabelCounts counts = new MultiLabelCounts(labels);
        for (int i = 0; i < truth.size(); i++) {
            counts.add(truth.get(i), predicted.get(i));
        }
        return counts.evaluation(Map.of(), 0, 0, Map.of()).macroF1();
    }

    /** How far apart two label mixes are: one label a text, or label sets (see below). */
    private static double divergence(Map<String, Double> baseline, Map<String, Double> data, Observations task) {
        return task.multiLabel() ? largestPerLabelJensenShannon(baseline, data) : jensenShannon(baseline, data);
    }

    /**
     * Label sets: each label given or not is its own two-outcome distribution, and the label whose
     * positive rate moved most decides. It sees one label given far more or less often (a movie model
     * calling every clothing review a comedy) and texts given more labels, which a mix of the labels
     * given, normalised, or an average over many steady labels would hide.
     */
    private static double largestPerLabelJensenShannon(Map<String, Double> p, Map<String, Double> q) {
        TreeSet<String> labels = new TreeSet<>(p.keySet());
        labels.addAll(q.keySet());
        return labels.stream().mapToDouble(label -> {
            double a = p.getOrDefault(label, 0.0);
            double b = q.getOrDefault(label, 0.0);
            return Divergence.jensenShannon(List.of(a, 1 - a), List.of(b, 1 - b));
        }).max().orElse(0);
    }

    /** Over the union of both label sets, a label missing from one having share 0 there. */
    private static double jensenShannon(Map<String, Double> p, Map<String, Double> q) {
        TreeSet<String> labels = new TreeSet<>(p.keySet());
        labels.addAll(q.keySet());
        return Divergence.jensenShannon(labels.stream().map(l -> p.getOrDefault(l, 0.0)).toList(),
                labels.stream().map(l -> q.getOrDefault(l, 0.0)).toList());
    }

    private static double sum(Map<String, Double> shares) {
        return shares.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }
}
