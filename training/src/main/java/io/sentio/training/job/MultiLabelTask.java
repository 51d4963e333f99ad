package io.sentio.training.job;

import io.sentio.core.decision.Decision;
import io.sentio.core.decision.Task;
import io.sentio.core.features.FeatureConfig;
import io.sentio.core.features.NbWeighting;
import io.sentio.core.features.NegationMarking;
import io.sentio.core.model.Classifier;
import io.sentio.training.data.DataFormatException;
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
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * Label sets ({@code train --multi-label}): seeded random split → fit one logistic regression per
 * label, with thresholds tuned on out-of-fold probabilities of the training texts.
 */
final class MultiLabelTask implements TrainingTask<MultiLabelEvaluation> {
    static final String EXPECTED_LABELS = "a label set in the label column: a JSON list ([\"Drama\", \"Comedy\"], or "
            + "objects with a \"name\" as TMDB's genres), a delimited string (Drama|Comedy, see --label-separator) "
            + "or a JSONL array";

    private final ForkJoinPool pool;
    private final Progress progress;

    MultiLabelTask(ForkJoinPool pool, Progress progress) {
        this.pool = pool;
        this.progress = progress;
    }

    /** A file in which no row has a readable label set is one clear error, not an empty model. */
    @Override
    public LoadedData requireRows(String location, LoadedData data, SkipCounter skips) {
        if (data.reviews().isEmpty()) {
            throw new DataFormatException("no row of " + location + " has both text and " + EXPECTED_LABELS
                    + "; rows skipped: " + skips.asMap());
        }
        return data;
    }

    @Override
    public TrainTest split(List<Review> reviews, TrainingOptions options) {
        return Splitter.random(reviews, options.testFraction(), options.seed());
    }

    @Override
    public long labels(List<Review> texts) {
        return texts.stream().flatMap(r -> r.labels().stream()).distinct().count();
    }

    @Override
    public String needsTwoLabels() {
        return "a multi-label model";
    }

    /**
     * Naive-Bayes weighting weighs terms by how they split two classes, which label sets are not;
     * negation marking is for opinions, and labels sets are mostly topics: both off unless asked.
     */
    @Override
    public FeatureConfig features(FeatureConfig requested) {
        FeatureConfig features = requested.nbWeighting() == NbWeighting.AUTO
                ? requested.withNbWeighting(NbWeighting.OFF) : requested;
        return features.negation() == NegationMarking.AUTO ? features.withNegation(NegationMarking.OFF) : features;
    }

    @Override
    public Fit fit(TrainingOptions options, List<Review> trainReviews, List<Review> train) {
        MultiLabelFitter.Fitted fitted = new MultiLabelFitter(pool, progress).fit(train, options.features(),
                options.hyperparameters().resolved(false), options.multiLabelSettings().thresholds(),
                options.multiLabelSettings().minLabels());
        Map<String, Object> hyper = new LinkedHashMap<>(options.hyperparameters().resolved(false).asMap(options.model()));
        hyper.remove("balance_classes");
        hyper.put("objective", "binary_cross_entropy");
        hyper.put("thresholds", options.multiLabelSettings().thresholds().name().toLowerCase(Locale.ROOT));
        hyper.put("tuned", false);
        return new Fit(fitted.model(), fitted.vocabulary(), new Decision(Task.MULTI_LABEL, fitted.thresholds()),
                "multilabel-logistic", hyper, fitted.trainSeconds());
    }

    @Override
    public MultiLabelEvaluation evaluate(Classifier classifier, List<Review> test, long nTrain, double trainSeconds,
            Map<String, Long> skipped) {
        return new MultiLabelEvaluator(pool).evaluate(classifier, test, nTrain, trainSeconds, skipped);
    }

    @Override
    public Map<String, Object> summary(MultiLabelEvaluation evaluation) {
        return evaluation.summary();
    }

    @Override
    public void writeEvaluation(Path dir, String modelName, MultiLabelEvaluation evaluation) throws IOException {
        EvaluationFiles.write(dir, modelName, evaluation);
    }
}
