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
 * @param testFraction share of reviews held out when the split is stratified
 * @param decision     whether and how the decision rule is chosen on a validation slice
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
        DecisionTuning decision) {

    /** The same run with these feature settings (the automatic ones resolved for the corpus). */
    public TrainingOptions withFeatures(FeatureConfig newFeatures) {
        return new TrainingOptions(data, load, testData, granularity, sample, testFraction, seed, newFeatures, model,
                hyperparameters, tune, name, out, decision);
    }

    /** With the default decision tuning. */
    public TrainingOptions(String data, LoadOptions load, Optional<String> testData, Granularity granularity,
            int sample, double testFraction, long seed, FeatureConfig features, ModelKind model,
            Hyperparameters hyperparameters, Optional<TuningGrid> tune, String name, Path out) {
        this(data, load, testData, granularity, sample, testFraction, seed, features, model, hyperparameters, tune,
                name, out, DecisionTuning.defaults());
    }
}
