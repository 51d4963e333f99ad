package io.sentio.training.job;

import io.sentio.core.features.FeatureConfig;
import io.sentio.training.data.LoadOptions;
import io.sentio.training.prepare.Granularity;
import io.sentio.training.train.DecisionTuning;
import io.sentio.training.train.Hyperparameters;
import io.sentio.training.train.ModelKind;
import io.sentio.training.train.TuningGrid;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything one training run needs, as decided by the CLI (flags over config file over defaults).
 *
 * @param testData     an explicit test set; otherwise the data's official split, else stratified
 * @param sample       0 for all rows, else a seeded reservoir sample of this many reviews
 * @param testFraction share of reviews held out when the split is stratified (random, for multi-label)
 * @param decision     whether and how a single-label decision rule is chosen on a validation slice
 * @param multiLabelSettings how a multi-label model's thresholds are chosen (ignored for single-label)
 */
public record TrainingOptions(
        String data,
        LoadOptions load,
        Optional<String> testData,
        Granularity granularity,
        int sample,
        double testFraction,
        long seed,
        FeatureConfig features,
        ModelKind model,
        Hyperparameters hyperparameters,
        Optional<TuningGrid> tune,
        String name,
        Path out,
        DecisionTuning decision,
        MultiLabelSettings multiLabelSettings) {

    /** The same run with these feature settings (the automatic ones resolved for the corpus). */
    public TrainingOptions withFeatures(FeatureConfig newFeatures) {
        return new TrainingOptions(data, load, testData, granularity, sample, testFraction, seed, newFeatures, model,
                hyperparameters, tune, name, out, decision, multiLabelSettings);
    }

    /** A run with these single-label decision settings and the default multi-label ones. */
    public TrainingOptions(String data, LoadOptions load, Optional<String> testData, Granularity granularity,
            int sample, double testFraction, long seed, FeatureConfig features, ModelKind model,
            Hyperparameters hyperparameters, Optional<TuningGrid> tune, String name, Path out,
            DecisionTuning decision) {
        this(data, load, testData, granularity, sample, testFraction, seed, features, model, hyperparameters, tune,
                name, out, decision, MultiLabelSettings.defaults());
    }

    /** A run with these multi-label settings and the default single-label decision tuning. */
    public TrainingOptions(String data, LoadOptions load, Optional<String> testData, Granularity granularity,
            int sample, double testFraction, long seed, FeatureConfig features, ModelKind model,
            Hyperparameters hyperparameters, Optional<TuningGrid> tune, String name, Path out,
            MultiLabelSettings multiLabelSettings) {
        this(data, load, testData, granularity, sample, testFraction, seed, features, model, hyperparameters, tune,
                name, out, DecisionTuning.defaults(), multiLabelSettings);
    }

    /** With the default decision settings. */
    public TrainingOptions(String data, LoadOptions load, Optional<String> testData, Granularity granularity,
            int sample, double testFraction, long seed, FeatureConfig features, ModelKind model,
            Hyperparameters hyperparameters, Optional<TuningGrid> tune, String name, Path out) {
        this(data, load, testData, granularity, sample, testFraction, seed, features, model, hyperparameters, tune,
                name, out, DecisionTuning.defaults(), MultiLabelSettings.defaults());
    }

    /** Whether the label column holds label sets ({@code --multi-label}). */
    public boolean multiLabel() {
        return load.labelSets().multiLabel();
    }
}
