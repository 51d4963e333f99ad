package io.sentio.training.job;

import io.sentio.core.decision.Decision;
import io.sentio.core.decision.Task;
import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.DataSummary;
import io.sentio.core.model.Manifest;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.model.Sha256;
import io.sentio.core.model.TrainerSpec;
import io.sentio.core.text.SentenceSplitter;
import io.sentio.training.data.DataFormatException;
import io.sentio.training.data.DataSources;
import io.sentio.training.eval.EvaluationFiles;
import io.sentio.training.eval.MultiLabelEvaluation;
import io.sentio.training.eval.MultiLabelEvaluator;
import io.sentio.training.prepare.Review;
import io.sentio.training.prepare.SkipCounter;
import io.sentio.training.prepare.Splitter;
import io.sentio.training.prepare.TrainTest;
import io.sentio.training.progress.Progress;
import io.sentio.training.train.MultiLabelFitter;
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
 * One multi-label training run ({@code train --multi-label}): load label sets → clean + dedup →
 * seeded random split (or the explicit test set) → fit, with thresholds tuned on a validation slice
 * of the training texts → pack the bundle with a multi-label decision → evaluate the packed bundle
 * as serving loads it → write bundle, evaluation.json and evaluation.html.
 */
public final class MultiLabelTrainingJob {
    static final String EXPECTED_LABELS = "a label set in the label column: a JSON list ([\"Drama\", \"Comedy\"], or "
            + "objects with a \"name\" as TMDB's genres), a delimited string (Drama|Comedy, see --label-separator) "
            + "or a JSONL array";

    private final DataSources sources;
    private final ForkJoinPool pool;
    private final Progress progress;
    private final Clock clock;

    public MultiLabelTrainingJob(DataSources sources, ForkJoinPool pool, Progress progress, Clock clock) {
        this.sources = sources;
        this.pool = pool;
        this.progress = progress;
        this.clock = clock;
    }

    public MultiLabelTrainingResult run(TrainingOptions options) {
        if (!options.multiLabel()) {
            throw new IllegalArgumentException("a multi-label run needs label sets (--multi-label)");
        }
        SkipCounter skips = new SkipCounter();
        Set<Long> seen = new HashSet<>();
        DataLoader loader = new DataLoader(sources, progress);
        Optional<LoadedData> testData = options.testData().map(location -> requireRows(location,
                loader.load(location, options.load(), skips, seen, 0, options.seed()), skips));
        LoadedData data = requireRows(options.data(),
                loader.load(options.data(), options.load(), skips, seen, options.sample(), options.seed()), skips);
        TrainTest split = testData.map(t -> new TrainTest(data.reviews(), t.reviews(), "explicit"))
                .orElseGet(() -> Splitter.random(data.reviews(), options.testFraction(), options.seed()));
        requireUsable(split, options);
        progress.info(String.format(Locale.ROOT, "%d texts (%s split: %d train / %d test), %d rows skipped %s",
                split.train().size() + split.test().size(), split.method(), split.train().size(),
                split.test().size(), skips.total(), skips.asMap()));

        SentenceSplitter sentences = new SentenceSplitter();
        List<Review> train = options.granularity().expand(split.train(), sentences);
        List<Review> test = options.granularity().expand(split.test(), sentences);
        MultiLabelFitter.Fitted fitted = new MultiLabelFitter(pool, progress).fit(train, options.features(),
                options.hyperparameters().resolved(false), options.multiLabelSettings().thresholds(),
                options.multiLabelSettings().minLabels());
        Manifest draft = manifest(options, data, testData, split, train.size(), test.size(), skips,
                new Decision(Task.MULTI_LABEL, fitted.thresholds()));
        ModelBundle bundle = ModelBundle.pack(draft, fitted.model(), fitted.vocabulary());
        MultiLabelEvaluation evaluation = new MultiLabelEvaluator(pool).evaluate(new Classifier(bundle.open()), test,
                train.size(), fitted.trainSeconds(), skips.asMap());
        bundle = bundle.withManifest(bundle.manifest().withMetrics(evaluation.summary()));
        write(bundle, evaluation, options);
        return new MultiLabelTrainingResult(bundle, evaluation, options.out(), test);
    }

    /** A file in which no row has a readable label set is one clear error, not an empty model. */
    private static LoadedData requireRows(String location, LoadedData data, SkipCounter skips) {
        if (data.reviews().isEmpty()) {
            throw new DataFormatException("no row of " + location + " has both text and " + EXPECTED_LABELS
                    + "; rows skipped: " + skips.asMap());
        }
        return data;
    }

    private static void requireUsable(TrainTest split, TrainingOptions options) {
        if (split.train().isEmpty() || split.test().isEmpty()) {
            throw new IllegalArgumentException("not enough usable rows in " + options.data() + " to train and test ("
                    + split.train().size() + " train, " + split.test().size() + " test)");
        }
        long labels = split.train().stream().flatMap(r -> r.labels().stream()).distinct().count();
        if (labels < 2) {
            throw new IllegalArgumentException("the training data of " + options.data()
                    + " has a single label; a multi-label model needs at least two");
        }
    }

    private Manifest manifest(TrainingOptions options, LoadedData data, Optional<LoadedData> testData,
            TrainTest split, int nTrain, int nTest, SkipCounter skips, Decision decision) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("read", data.rowsRead() + testData.map(LoadedData::rowsRead).orElse(0L));
        rows.put("train", (long) nTrain);
        rows.put("test", (long) nTest);
        rows.put("train_reviews", (long) split.train().size());
        rows.put("test_reviews", (long) split.test().size());
        skips.asMap().forEach((reason, n) -> rows.put("skipped_" + reason, n));
        String source = options.data() + options.testData().map(t -> " + test " + t).orElse("");
        String sha = testData.map(t -> Sha256.hex((data.sha256() + ":" + t.sha256()).getBytes(StandardCharsets.UTF_8)))
                .orElse(data.sha256());
        Map<String, Object> hyper = new LinkedHashMap<>(options.hyperparameters().resolved(false).asMap(options.model()));
        hyper.remove("balance_classes");
        hyper.put("objective", "binary_cross_entropy");
        hyper.put("thresholds", options.multiLabelSettings().thresholds().name().toLowerCase(Locale.ROOT));
        hyper.put("tuned", false);
        hyper.put("split", split.method());
        return new Manifest(options.name(), Manifest.UNPUBLISHED, clock.instant(), List.of(),
                options.granularity().name().toLowerCase(Locale.ROOT), options.features(),
                new TrainerSpec("multilabel-logistic", hyper),
                new DataSummary(source, data.format(), sha, rows), Map.of(), "", Map.of(), "", Optional.empty(),
                decision);
    }

    private void write(ModelBundle bundle, MultiLabelEvaluation evaluation, TrainingOptions options) {
        try {
            BundleDirectory.write(bundle, options.out());
            EvaluationFiles.write(options.out(), options.name(), evaluation);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model to " + options.out() + ": " + e.getMessage(), e);
        }
    }
}
