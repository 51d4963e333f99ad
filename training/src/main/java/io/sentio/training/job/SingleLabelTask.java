package io.sentio.training.job;

import io.sentio.core.decision.Decision;
import io.sentio.core.features.FeatureConfig;
import io.sentio.core.features.NbWeighting;
import io.sentio.core.model.Classifier;
import io.sentio.training.eval.Evaluation;
import io.sentio.training.eval.EvaluationFiles;
import io.sentio.training.eval.Evaluator;
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
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * One label a text: the data's official split if it has one, else stratified; (tune) → choose the
 * decision rule on a validation slice of the training reviews → fit.
 */
final class SingleLabelTask implements TrainingTask<Evaluation> {
    private final ForkJoinPool pool;
    private final Progress progress;

    SingleLabelTask(ForkJoinPool pool, Progress progress) {
        this.pool = pool;
        this.progress = progress;
    }

    /** Rows without a usable label are counted as skipped; too few left is the split's error. */
    @Override
    public LoadedData requireRows(String location, LoadedData data, SkipCounter skips) {
        return data;
    }

    @Override
    public TrainTest split(List<Review> reviews, TrainingOptions options) {
        if (Splitter.hasOfficialSplit(reviews)) {
            return Splitter.official(reviews);
        }
        return Splitter.stratified(reviews, options.testFraction(), options.seed());
    }

    @Override
    public long labels(List<Review> texts) {
        return texts.stream().map(Review::label).distinct().count();
    }

    @Override
    public String needsTwoLabels() {
        return "a classifier";
    }

    @Override
    public FeatureConfig features(FeatureConfig requested) {
        return requested;
    }

    @Override
    public Fit fit(TrainingOptions options, List<Review> trainReviews, List<Review> train) {
        long start = System.nanoTime();
        ModelFitter fitter = new ModelFitter(pool, progress);
        Hyperparameters hyperparameters = chooseHyperparameters(options, trainReviews, fitter);

        Decision decision = chooseDecision(options, trainReviews, fitter, hyperparameters);

        FittedModel fitted = fitter.fit(train, options.features(), options.model(), hyperparameters);
        Map<String, Object> hyper = new LinkedHashMap<>(hyperparameters.asMap(options.model()));
        hyper.put("tuned", options.tune().isPresent());
        // Training time is everything the model cost: tuning, the decision rule's validation fit and the final fit.
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        return new Fit(fitted.model(), fitted.vocabulary(), decision, options.model().id(), hyper, trainSeconds);
    }

    private Hyperparameters chooseHyperparameters(TrainingOptions options, List<Review> trainReviews,
            ModelFitter fitter) {
        Hyperparameters base = options.hyperparameters().resolved(options.model().penalisable()
                && options.features().nbWeighting() != NbWeighting.ON);
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

    @Override
    public Evaluation evaluate(Classifier classifier, List<Review> test, long nTrain, double trainSeconds,
            Map<String, Long> skipped) {
        return new Evaluator(pool).evaluate(classifier, test, nTrain, trainSeconds, skipped);
    }

    @Override
    public Map<String, Object> summary(Evaluation evaluation) {
        return evaluation.summary();
    }

    @Override
    public void writeEvaluation(Path dir, String modelName, Evaluation evaluation) throws IOException {
        EvaluationFiles.write(dir, modelName, evaluation);
    }
}
