package io.sentio.training.drift;

import java.util.List;
import java.util.Map;

/**
 * The outcome of comparing data with a model's baseline.
 *
 * @param texts         how many texts (units) of the data were observed
 * @param signals       every signal, those that decide the verdict first
 * @param predictedMix  share of the data's texts given each label
 * @param thresholds    the thresholds the verdict used
 * @param labelled      whether the data had true labels (without them no metric is compared)
 */
public record DriftReport(long texts, List<Signal> signals, Map<String, Double> predictedMix,
        DriftThresholds thresholds, boolean labelled) {

    public DriftReport {
        signals = List.copyOf(signals);
        predictedMix = Map.copyOf(predictedMix);
    }

    public boolean drift() {
        return signals.stream().anyMatch(Signal::drifted);
    }

    public String verdict() {
        return drift() ? "drift" : "no drift";
    }

    /** Whether a metric was compared with the bundle's: only for labelled data, and a bundle with metrics. */
    public boolean metricsCompared() {
        return signals.stream().anyMatch(s -> s.name().equals(DriftCheck.MACRO_F1));
    }

    /** The signals over their thresholds. */
    public List<Signal> drifted() {
        return signals.stream().filter(Signal::drifted).toList();
    }
}
