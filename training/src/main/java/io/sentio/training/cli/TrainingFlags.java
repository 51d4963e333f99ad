package io.sentio.training.cli;

import io.sentio.core.features.FeatureConfig;
import io.sentio.core.features.NbWeighting;
import io.sentio.core.features.NegationMarking;
import io.sentio.core.features.TermWeighting;
import io.sentio.training.job.MultiLabelSettings;
import io.sentio.training.job.TrainingOptions;
import io.sentio.training.prepare.Granularity;
import io.sentio.training.train.DecisionMetric;
import io.sentio.training.train.DecisionTuning;
import io.sentio.training.train.Hyperparameters;
import io.sentio.training.train.ModelKind;
import io.sentio.training.train.ThresholdMode;
import io.sentio.training.train.TuningGrid;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How to train: the options {@code train} and {@code retrain} share (loader, split, model family,
 * hyper-parameters, tuning, features, name). Where the data comes from and where the bundle goes
 * stay with each command, because their defaults differ.
 */
final class TrainingFlags {

    @Mixin
    LoaderOptions loader;

    @Option(names = "--test-data", paramLabel = "PATH", description = "Explicit test set (else the data's official split, else stratified).")
    String testData;

    @Option(names = "--granularity", paramLabel = "review|sentence",
            description = "Train on whole reviews or on their sentences (each inherits the review's label; split by review). Default: ${DEFAULT-VALUE}.")
    String granularity = "review";

    @Option(names = "--sample", paramLabel = "N", description = "Seeded reservoir sample of N reviews, read in one streaming pass (0 = all).")
    int sample;

    @Option(names = "--test-fraction", description = "Share held out by the stratified split (default: ${DEFAULT-VALUE}).")
    double testFraction = 0.2;

    @Option(names = "--seed", description = "Seed for sampling, splitting and SGD (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--model", paramLabel = "logistic|svm|fm", description = "Model family (default: ${DEFAULT-VALUE}).")
    String model = "logistic";

    @Option(names = "--epochs", paramLabel = "auto|N",
            description = "SGD passes; auto (default) = 20 with an L2 penalty (it converges), 5 without (stopped early).")
    String epochs = "auto";

    @Option(names = "--learning-rate", paramLabel = "auto|X",
            description = "AdaGrad initial learning rate; auto (default) = 0.3 with an L2 penalty, 0.1 without.")
    String learningRate = "auto";

    @Option(names = "--l2", paramLabel = "auto|X",
            description = "L2 penalty per pass over the data (scikit-learn's 1/C), 0 = none; auto (default) = 0.3, "
                    + "or 0 with naive-Bayes weighting, for --multi-label and for fm.")
    String l2 = "auto";

    @Option(names = "--minibatch", description = "Examples per SGD step (default: ${DEFAULT-VALUE}).")
    int minibatch = Hyperparameters.defaults().minibatchSize();

    @Option(names = "--fm-factors", description = "Factorisation machine factor size (default: ${DEFAULT-VALUE}).")
    int fmFactors = Hyperparameters.defaults().fmFactors();

    @Option(names = "--fm-variance", description = "Factorisation machine initial variance (default: ${DEFAULT-VALUE}).")
    double fmVariance = Hyperparameters.defaults().fmVariance();

    @Option(names = "--balance-classes", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Weight examples inversely to class frequency in the loss (default: off; it skews the "
                    + "probabilities, the tuned decision rule favours rare labels instead).")
    boolean balanceClasses;

    @Option(names = "--decision", paramLabel = "auto|tuned|highest",
            description = "How probabilities become the label: per-label weights tuned on a validation slice of the "
                    + "training data (tuned), the highest probability (highest), or tuned when the labels are "
                    + "imbalanced (auto, default).")
    String decision = DecisionTuning.defaults().mode().id();

    @Option(names = "--decision-metric", paramLabel = "macro_f1|accuracy",
            description = "What the tuned decision rule maximises (default: ${DEFAULT-VALUE}).")
    String decisionMetric = DecisionTuning.defaults().metric().id();

    @Option(names = "--tune", description = "Pick epochs / learning rate / L2 on a validation slice of the training data.")
    boolean tune;

    @Option(names = "--tune-epochs", split = ",", description = "Epochs tried by --tune (default: 3,6,10).")
    List<Integer> tuneEpochs = TuningGrid.defaults().epochs();

    @Option(names = "--tune-learning-rates", split = ",", description = "Learning rates tried by --tune (default: 0.1,0.3,1.0).")
    List<Double> tuneLearningRates = TuningGrid.defaults().learningRates();

    @Option(names = "--tune-l2", split = ",", description = "L2 values tried by --tune (default: 0.0).")
    List<Double> tuneL2 = TuningGrid.defaults().l2s();

    @Option(names = "--ngram-max", paramLabel = "auto|N",
            description = "Longest word n-gram; auto (default) = 3 when the training texts average 100 words or "
                    + "more, else 2.")
    String ngramMax = "auto";

    @Option(names = "--min-count", paramLabel = "auto|N",
            description = "Keep terms found in at least N training texts; auto (default) grows with the corpus: "
                    + "2 up to 10,000 texts, then one more per 5,000 texts, at most 5.")
    String minCount = "auto";

    @Option(names = "--max-terms", paramLabel = "auto|N",
            description = "Keep at most N terms, the most telling first (0 = no limit); auto (default) = as many as "
                    + "keep the bundle's files near 9 MB: 176,000 for two labels, 123,000 for three.")
    String maxTerms = "auto";

    @Option(names = "--nb-weighting", paramLabel = "auto|on|off",
            description = "Also weight each term by how strongly it tells the labels apart (naive-Bayes log-count "
                    + "ratio, as NBSVM); auto (default) = on for two labels, off for more.")
    String nbWeighting = "auto";

    @Option(names = "--hash-dim", description = "Hash terms into this many buckets instead of a vocabulary (0 = off, default).")
    int hashDim = FeatureConfig.defaults().hashDimension();

    @Option(names = "--weighting", paramLabel = "auto|binary|tf|sublinear_tf",
            description = "Term count → value; auto (default) = binary with naive-Bayes weighting, else sublinear_tf.")
    String weighting = "auto";

    @Option(names = "--idf", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Multiply by inverse document frequency (default: on).")
    boolean idf;

    @Option(names = "--negation", paramLabel = "auto|on|off",
            description = "Count words after a negation (not, never, no, without, …n't) up to the next punctuation "
                    + "as terms of their own: \"not comfortable\" gives neg_comfortable; auto (default) = on for a "
                    + "classifier, off with --multi-label.")
    String negation = "auto";

    @Option(names = "--lowercase", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Lower-case tokens (default: on).")
    boolean lowercase;

    @Option(names = "--l2-normalize", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Scale each text's features to unit length (default: on).")
    boolean l2Normalize;

    @Option(names = "--thresholds", paramLabel = "per_label|global",
            description = "With --multi-label: tune one decision threshold per label or one for all, on a validation slice (default: ${DEFAULT-VALUE}).")
    String thresholds = "per_label";

    @Option(names = "--min-labels", paramLabel = "N",
            description = "With --multi-label: fewest labels given to a text; 0 allows an empty set (default: ${DEFAULT-VALUE}).")
    int minLabels = MultiLabelSettings.defaults().minLabels();

    @Option(names = "--name", description = "Model name (train: reviews for the embedded data, else from the data file name; "
                    + "retrain: the name of the model the alias points at, else from the data file name).")
    String name;

    /** "auto" → {@code auto}, else a count (0 or more). */
    private static int count(String value, int auto, String option) {
        if (value.strip().equalsIgnoreCase("auto")) {
            return auto;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < (auto == FeatureConfig.AUTO ? 1 : 0)) {
                throw new CliException(option + " must be auto or a count, was " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CliException(option + " must be auto or a count, was '" + value + "'");
        }
    }

    /** "auto" → {@link Hyperparameters#AUTO_LEARNING_RATE}, else a positive rate. */
    private static double rate(String value) {
        if (value.strip().equalsIgnoreCase("auto")) {
            return Hyperparameters.AUTO_LEARNING_RATE;
        }
        try {
            double rate = Double.parseDouble(value.strip());
            if (!(rate > 0)) {
                throw new CliException("--learning-rate must be auto or positive, was " + value);
            }
            return rate;
        } catch (NumberFormatException e) {
            throw new CliException("--learning-rate must be auto or a number, was '" + value + "'");
        }
    }

    /** "auto" → {@link Hyperparameters#AUTO_L2}, else a penalty (0 or more). */
    private static double penalty(String value) {
        if (value.strip().equalsIgnoreCase("auto")) {
            return Hyperparameters.AUTO_L2;
        }
        try {
            double penalty = Double.parseDouble(value.strip());
            if (!(penalty >= 0)) {
                throw new CliException("--l2 must be auto or 0 or more, was " + value);
            }
            return penalty;
        } catch (NumberFormatException e) {
            throw new CliException("--l2 must be auto or a number, was '" + value + "'");
        }
    }

    /** The run these flags describe, on {@code data}, named {@code modelName}, written to {@code out}. */
    TrainingOptions toOptions(String data, String modelName, Path out) {
        try {
            FeatureConfig features = new FeatureConfig(lowercase, count(ngramMax, FeatureConfig.AUTO, "--ngram-max"),
                    count(minCount, FeatureConfig.AUTO, "--min-count"), hashDim,
                    Enums.parse(TermWeighting.class, weighting, "--weighting"), idf, l2Normalize,
                    Enums.parse(NbWeighting.class, nbWeighting, "--nb-weighting"),
                    count(maxTerms, FeatureConfig.AUTO_MAX_TERMS, "--max-terms"),
                    Enums.parse(NegationMarking.class, negation, "--negation"));
            Hyperparameters h = new Hyperparameters(count(epochs, Hyperparameters.AUTO_EPOCHS, "--epochs"),
                    rate(learningRate), penalty(l2), minibatch, fmFactors, fmVariance,
                    balanceClasses, seed);
            Optional<TuningGrid> grid = tune ? Optional.of(new TuningGrid(tuneEpochs, tuneLearningRates, tuneL2))
                    : Optional.empty();
            if (sample < 0) {
                throw new CliException("--sample must be 0 (all) or positive, was " + sample);
            }
            return new TrainingOptions(data, loader.toLoadOptions(), Optional.ofNullable(testData),
                    Enums.parse(Granularity.class, granularity, "--granularity"), sample, testFraction, seed,
                    features, Enums.parse(ModelKind.class, model, "--model"), h, grid, modelName, out,
                    new DecisionTuning(Enums.parse(DecisionTuning.Mode.class, decision, "--decision"),
                            Enums.parse(DecisionMetric.class, decisionMetric, "--decision-metric"),
                            DecisionTuning.defaults().validationFraction()),
                    new MultiLabelSettings(Enums.parse(ThresholdMode.class, thresholds, "--thresholds"), minLabels));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }
}
