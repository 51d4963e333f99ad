package io.sentio.training.job;

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
import io.sentio.training.eval.MultiLabelEvaluation;
import io.sentio.training.prepare.Review;
import io.sentio.training.prepare.SkipCounter;
import io.sentio.training.prepare.TrainTest;
import io.sentio.training.progress.Progress;
import io.sentio.training.train.ModelFitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

/**
 * One training run: load → clean + dedup → split by review → expand to sentences if asked →
 * features chosen for the corpus → the task's fit (single-label: (tune) → decision rule on a
 * validation slice → fit; multi-label: thresholds tuned on out-of-fold probabilities → fit) → pack
 * the bundle → evaluate the packed bundle exactly as serving would load it → drift baseline on the
 * same held-out texts → write bundle, evaluation.json and evaluation.html.
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

    /** A single-label model: one label a text. */
    public TrainingResult run(TrainingOptions options) {
        if (options.multiLabel()) {
            throw new IllegalArgumentException("label sets (--multi-label) train as a multi-label model ("
                    + "runMultiLabel), not as a classifier");
        }
        Trained<Evaluation> trained = train(options, new SingleLabelTask(pool, progress));
        return new TrainingResult(trained.bundle(), trained.evaluation(), options.out(), trained.heldOut());
    }

    /** A multi-label model ({@code train --multi-label}): a label set a text. */
    public MultiLabelTrainingResult runMultiLabel(TrainingOptions options) {
        if (!options.multiLabel()) {
            throw new IllegalArgumentException("a multi-label run needs label sets (--multi-label)");
        }
        Trained<MultiLabelEvaluation> trained = train(options, new MultiLabelTask(pool, progress));
        return new MultiLabelTrainingResult(trained.bundle(), trained.evaluation(), options.out(), trained.heldOut());
    }

    /** What a run made: the bundle as written, its evaluation, and the held-out texts at the model's granularity. */
    private record Trained<E>(ModelBundle bundle, E evaluation, List<Review> heldOut) {
    }

    private <E> Trained<E> train(TrainingOptions options, TrainingTask<E> task) {
        SkipCounter skips = new SkipCounter();
        Set<Long> seen = new HashSet<>();
        DataLoader loader = new DataLoader(sources, progress);
        // The explicit test set is read first, so a training text equal to a test text is dropped.
        Optional<LoadedData> testData = options.testData().map(location -> task.requireRows(location,
                loader.load(location, options.load(), skips, seen, 0, options.seed()), skips));
        LoadedData data = task.requireRows(options.data(),
                loader.load(options.data(), options.load(), skips, seen, options.sample(), options.seed()), skips);
        TrainTest split = testData.map(t -> new TrainTest(data.reviews(), t.reviews(), "explicit"))
                .orElseGet(() -> task.split(data.reviews(), options));
        requireUsable(split, options, task);
        progress.info(String.format(Locale.ROOT, "%d texts (%s split: %d train / %d test), %d rows skipped %s",
                split.train().size() + split.test().size(), split.method(), split.train().size(),
                split.test().size(), skips.total(), skips.asMap()));

        SentenceSplitter sentences = new SentenceSplitter();
        List<Review> train = options.granularity().expand(split.train(), sentences);
        List<Review> test = options.granularity().expand(split.test(), sentences);
        TrainingOptions resolved = resolveFeatures(options.withFeatures(task.features(options.features())),
                train.size(), (int) task.labels(train), ModelFitter.meanWords(train), progress);

        TrainingTask.Fit fit = task.fit(resolved, split.train(), train);
        Manifest draft = manifest(resolved, data, testData, split, train.size(), test.size(), skips, fit);
        ModelBundle bundle = ModelBundle.pack(draft, fit.model(), fit.vocabulary());
        E evaluation = task.evaluate(new Classifier(bundle.open()), test, train.size(), fit.trainSeconds(),
                skips.asMap());
        bundle = bundle.withManifest(bundle.manifest().withMetrics(task.summary(evaluation)));
        bundle = new BaselineBuilder(pool).addTo(bundle, test);
        write(bundle, evaluation, resolved, task);
        return new Trained<>(bundle, evaluation, test);
    }

    /** The automatic feature settings, chosen for the number of training texts. */
    private static TrainingOptions resolveFeatures(TrainingOptions options, int trainTexts, int labels,
            double meanWords, Progress progress) {
        if (!options.features().adaptive()) {
            return options;
        }
        TrainingOptions resolved = options.withFeatures(options.features().forCorpus(trainTexts, labels, meanWords));
        progress.info("features for " + trainTexts + " training texts of " + labels + " labels, "
                + Math.round(meanWords) + " words on average: " + resolved.features().ngramMax() + "-grams, min count "
                + resolved.features().minCount()
                + (resolved.features().maxTerms() > 0 ? ", at most " + resolved.features().maxTerms() + " terms" : "")
                + ", naive-Bayes weighting " + resolved.features().nbWeighting().name().toLowerCase(Locale.ROOT)
                + ", negation marking " + (resolved.features().marksNegation() ? "on" : "off"));
        return resolved;
    }

    private static void requireUsable(TrainTest split, TrainingOptions options, TrainingTask<?> task) {
        if (split.train().isEmpty() || split.test().isEmpty()) {
            throw new IllegalArgumentException("not enough usable rows in " + options.data() + " to train and test ("
                    + split.train().size() + " train, " + split.test().size() + " test)");
        }
        if (task.labels(split.train()) < 2) {
            throw new IllegalArgumentException("the training data of " + options.data()
                    + " has a single label; " + task.needsTwoLabels() + " needs at least two");
        }
    }

    private Manifest manifest(TrainingOptions options, LoadedData data, Optional<LoadedData> testData,
            TrainTest split, int nTrain, int nTest, SkipCounter skips, TrainingTask.Fit fit) {
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
        Map<String, Object> hyper = new LinkedHashMap<>(fit.hyperparameters());
        hyper.put("split", split.method());
        return new Manifest(options.name(), Manifest.UNPUBLISHED, clock.instant(), List.of(),
                options.granularity().name().toLowerCase(Locale.ROOT), options.features(),
                new TrainerSpec(fit.trainer(), hyper),
                new DataSummary(source, data.format(), sha, rows), Map.of(), "", Map.of(), "", Optional.empty(),
                fit.decision());
    }

    private static <E> void write(ModelBundle bundle, E evaluation, TrainingOptions options, TrainingTask<E> task) {
        try {
            BundleDirectory.write(bundle, options.out());
            task.writeEvaluation(options.out(), options.name(), evaluation);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model to " + options.out() + ": " + e.getMessage(), e);
        }
    }
}
