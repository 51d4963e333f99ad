package io.sentio.training.job;

import io.sentio.core.decision.Decision;
import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.DataSummary;
import io.sentio.core.model.Manifest;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.model.Sha256;
import io.sentio.core.model.TrainerSpec;
import io.sentio.core.text.SentenceSplitter;
import io.sentio.training.data.DataSources;
import io.sentio.training.drift.BaselineBuilder;
import io.sentio.training.eval.Evaluation;
import io.sentio.training.eval.Evaluator;
import io.sentio.training.eval.EvaluationFiles;
import io.sentio.training.prepare.Review;
import io.sentio.training.prepare.SkipCounter;
import io.sentio.training.prepare.Splitter;
import io.sentio.training.prepare.TrainTest;
import io.sentio.training.progress.Progress;
import io.sentio.training.train.DecisionTuner;
import io.sentio.training.train.FittedModel;
import io.sentio.training.train.Hyperparameters;
import io.sentio.training.train.ModelFitter;
import io.sentio.training.train.Tuner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

/**
 * One training run: load → clean + dedup → split by review → expand to sentences if asked →
 * (tune) → choose the decision rule on a validation slice → fit → pack the bundle → evaluate the packed bundle exactly as serving would load it →
 * write bundle, evaluation.json and evaluation.html.
 */
public final class TrainingJob {
    private final DataSources sources;
    private final ForkJoinPool pool;
    private final Progress progress;
    private final Clock clock;

    public TrainingJob(DataSources sources, ForkJoinPool pool, Progress progress, Clock clock) {
        this.sources = sources;
        this.pool = pool;
        this.progress = progress;
        this.clock = clock;
    }

    public TrainingResult run(TrainingOptions options) {
        if (options.multiLabel()) {
            throw new IllegalArgumentException("label sets (--multi-label) train through the multi-label job: "
                    + "train --multi-label; retrain does not train multi-label models yet");
        }
        SkipCounter skips = new SkipCounter();
        Set<Long> seen = new HashSet<>();
        DataLoader loader = new DataLoader(sources, progress);
        // The explicit test set is read first, so a training text equal to a test text is dropped.
        var testData = options.testData()
                .map(location -> loader.load(location, options.load(), skips, seen, 0, options.seed()));
        LoadedData data = loader.load(options.data(), options.load(), skips, seen, options.sample(), options.seed());
        TrainTest split = split(options, data, testData.map(LoadedData::reviews));
        requireUsable(split, options);
        progress.info(String.format(Locale.ROOT, "%d texts (%s split: %d train / %d test), %d rows skipped %s",
                split.train().size() + split.test().size(), split.method(), split.train().size(),
                split.test().size(), skips.total(), skips.asMap()));

        SentenceSplitter sentences = new SentenceSplitter();
        List<Review> train = options.granularity().expand(split.train(), sentences);
        List<Review> test = options.granularity().expand(split.test(), sentences);
        int labels = (int) train.stream().map(Review::label).distinct().count();
        return fitAndEvaluate(resolveFeatures(options, train.size(), labels, ModelFitter.meanWords(train)), data, testData, split, train, test, skips);
    }

    /** The automatic feature settings, chosen for the number of training texts. */
    private TrainingOptions resolveFeatures(TrainingOptions options, int trainTexts, int labels, double meanWords) {
        if (!options.features().adaptive()) {
            return options;
        }
        TrainingOptions resolved = options.withFeatures(options.features().forCorpus(trainTexts, labels, meanWords));
        progress.info("features for " + trainTexts + " training texts of " + labels + " labels, "
                + Math.round(meanWords) + " words on average: " + resolved.features().ngramMax() + "-grams, min count "
                + resolved.features().minCount()
                + (resolved.features().maxTerms() > 0 ? ", at most " + resolved.features().maxTerms() + " terms" : "")
                + ", naive-Bayes weighting " + resolved.features().nbWeighting().name().toLowerCase(Locale.ROOT));
        return resolved;
    }

    private TrainingResult fitAndEvaluate(TrainingOptions options, LoadedData data,
            java.util.Optional<LoadedData> testData, TrainTest split, List<Review> train, List<Review> test,
            SkipCounter skips) {
        long start = System.nanoTime();
        ModelFitter fitter = new ModelFitter(pool, progress);
        Hyperparameters hyperparameters = chooseHyperparameters(options, split.train(), fitter);

        Decision decision = chooseDecision(options, split.train(), fitter, hyperparameters);

        FittedModel fitted = fitter.fit(train, options.features(), options.model(), hyperparameters);
        Manifest draft = manifest(options, data, testData, split, train.size(), test.size(), skips,
                hyperparameters).withDecision(decision);
        ModelBundle bundle = ModelBundle.pack(draft, fitted.model(), fitted.vocabulary());
        // Training time is everything the model cost: tuning, the decision rule's validation fit and the final fit.
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        Evaluation evaluation = new Evaluator(pool).evaluate(new Classifier(bundle.open()), test, train.size(),
                trainSeconds, skips.asMap());
        bundle = bundle.withManifest(bundle.manifest().withMetrics(evaluation.summary()));
        bundle = new BaselineBuilder(pool).addTo(bundle, test);
        write(bundle, evaluation, options);
        return new TrainingResult(bundle, evaluation, options.out(), test);
    }

    private TrainTest split(TrainingOptions options, LoadedData data, java.util.Optional<List<Review>> test) {
        if (test.isPresent()) {
            return new TrainTest(data.reviews(), test.get(), "explicit");
        }
        if (Splitter.hasOfficialSplit(data.reviews())) {
            return Splitter.official(data.reviews());
        }
        return Splitter.stratified(data.reviews(), options.testFraction(), options.seed());
    }

    private static void requireUsable(TrainTest split, TrainingOptions options) {
        long labels = split.train().stream().map(Review::label).distinct().count();
        if (split.train().isEmpty() || split.test().isEmpty()) {
            throw new IllegalArgumentException("not enough usable rows in " + options.data() + " to train and test ("
                    + split.train().size() + " train, " + split.test().size() + " test)");
        }
        if (labels < 2) {
            throw new IllegalArgumentException("the training data of " + options.data()
                    + " has a single label; a classifier needs at least two");
        }
    }

    private Hyperparameters chooseHyperparameters(TrainingOptions options, List<Review> trainReviews,
            ModelFitter fitter) {
        Hyperparameters base = options.hyperparameters().resolved(options.model().penalisable()
                && options.features().nbWeighting() != io.sentio.core.features.NbWeighting.ON);
        if (options.tune().isEmpty()) {
            if (options.hyperparameters().adaptive()) {
                progress.info(String.format(Locale.ROOT, "training: %d epochs, L2 %s, learning rate %s", base.epochs(),
                        base.l2(), base.learningRate()));
            }
            return base;
        }
        List<Tuner.Trial> trials = new Tuner(pool, fitter, progress).tune(trainReviews, options.granularity(),
                options.features(), options.model(), base, options.tune().get());
        Tuner.Trial best = trials.get(0);
        progress.info(String.format(Locale.ROOT, "tuning chose epochs=%d learning_rate=%s l2=%s "
                + "(validation macro-F1 %.4f over %d trials)", best.hyperparameters().epochs(),
                best.hyperparameters().learningRate(), best.hyperparameters().l2(), best.macroF1(), trials.size()));
        return best.hyperparameters();
    }

    /** Before the final fit, on a validation slice of the training reviews; the test split is never seen. */
    private Decision chooseDecision(TrainingOptions options, List<Review> trainReviews, ModelFitter fitter,
            Hyperparameters hyperparameters) {
        if (!DecisionTuner.wanted(options.decision(), trainReviews)) {
            return Decision.HIGHEST_PROBABILITY;
        }
        DecisionTuner.Tuned tuned = new DecisionTuner(pool, fitter, progress).tune(trainReviews,
                options.granularity(), options.features(), options.model(), hyperparameters, options.decision());
        progress.info(tuned.describe());
        return tuned.decision();
    }

    private Manifest manifest(TrainingOptions options, LoadedData data, java.util.Optional<LoadedData> testData,
            TrainTest split, int nTrain, int nTest, SkipCounter skips, Hyperparameters h) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("read", data.rowsRead() + testData.map(LoadedData::rowsRead).orElse(0L));
        rows.put("train", (long) nTrain);
        rows.put("test", (long) nTest);
        rows.put("train_reviews", (long) split.train().size());
        rows.put("test_reviews", (long) split.test().size());
        skips.asMap().forEach((reason, n) -> rows.put("skipped_" + reason, n));
        String source = options.data() + options.testData().map(t -> " + test " + t).orElse("");
        // With an explicit test set, the identity of the data is both files together.
        String sha = testData.map(t -> Sha256.hex((data.sha256() + ":" + t.sha256()).getBytes(StandardCharsets.UTF_8)))
                .orElse(data.sha256());
        Map<String, Object> hyper = new LinkedHashMap<>(h.asMap(options.model()));
        hyper.put("tuned", options.tune().isPresent());
        hyper.put("split", split.method());
        return new Manifest(options.name(), Manifest.UNPUBLISHED, clock.instant(), List.of(),
                options.granularity().name().toLowerCase(Locale.ROOT), options.features(),
                new TrainerSpec(options.model().id(), hyper),
                new DataSummary(source, data.format(), sha, rows), Map.of(), "", Map.of(), "", java.util.Optional.empty(), io.sentio.core.decision.Decision.HIGHEST_PROBABILITY);
    }

    private void write(ModelBundle bundle, Evaluation evaluation, TrainingOptions options) {
        try {
            BundleDirectory.write(bundle, options.out());
            EvaluationFiles.write(options.out(), options.name(), evaluation);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model to " + options.out() + ": " + e.getMessage(), e);
        }
    }
}
