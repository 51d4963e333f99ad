package io.sentio.training.train;

import io.sentio.core.features.FeatureConfig;
import io.sentio.core.features.FeatureExtractor;
import io.sentio.core.model.Classifier;
import io.sentio.core.text.SentenceSplitter;
import io.sentio.training.eval.ConfusionCounts;
import io.sentio.training.eval.Evaluation;
import io.sentio.training.parallel.OnPool;
import io.sentio.training.prepare.Granularity;
import io.sentio.training.prepare.Review;
import io.sentio.training.prepare.Splitter;
import io.sentio.training.prepare.TrainTest;
import io.sentio.training.progress.Progress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.tribuo.Model;
import org.tribuo.Dataset;
import org.tribuo.classification.Label;

/**
 * Picks epochs, learning rate and L2 on a validation slice of the training reviews (never the
 * test set), scoring each trial by macro-F1. Trials run in parallel on the pool.
 */
public final class Tuner {
    private static final double VALIDATION_FRACTION = 0.2;

    private final ForkJoinPool pool;
    private final ModelFitter fitter;
    private final Progress progress;

    public Tuner(ForkJoinPool pool, ModelFitter fitter, Progress progress) {
        this.pool = pool;
        this.fitter = fitter;
        this.progress = progress;
    }

    /** One tried combination and its validation scores. */
    public record Trial(Hyperparameters hyperparameters, double macroF1, double accuracy) {
    }

    /** All trials, best first. */
    public List<Trial> tune(List<Review> trainReviews, Granularity granularity, FeatureConfig config,
            ModelKind kind, Hyperparameters base, TuningGrid grid) {
        TrainTest slices = Splitter.stratified(trainReviews, VALIDATION_FRACTION, base.seed());
        SentenceSplitter splitter = new SentenceSplitter();
        List<Review> fit = granularity.expand(slices.train(), splitter);
        List<Review> validation = granularity.expand(slices.test(), splitter);
        FeatureExtractor features = new FeatureExtractor(config, fitter.fitVocabulary(fit, config));
        Dataset<Label> dataset = fitter.dataset(fit, features, base.balanceClasses());

        List<Hyperparameters> candidates = grid.candidates(base);
        AtomicLong finished = new AtomicLong();
        List<Trial> trials;
        try (Progress.Task task = progress.start("tuning " + kind.id(), candidates.size())) {
            trials = OnPool.call(pool, "tuning", () -> candidates.parallelStream()
                    .map(h -> {
                        Trial t = trial(dataset, features, validation, kind, h);
                        task.advanceTo(finished.incrementAndGet());
                        return t;
                    })
                    .toList());
        }
        List<Trial> ranked = new ArrayList<>(trials);
        ranked.sort(Comparator.comparingDouble(Trial::macroF1).reversed());
        return ranked;
    }

    private Trial trial(Dataset<Label> dataset, FeatureExtractor features, List<Review> validation,
            ModelKind kind, Hyperparameters h) {
        Model<Label> model = fitter.train(dataset, kind, h, false);
        ConfusionCounts counts = new ConfusionCounts(List.of());
        for (Review r : validation) {
            counts.add(r.label(), model.predict(Classifier.example(features, r.text())).getOutput().getLabel());
        }
        Evaluation e = counts.evaluation(dataset.size(), 0, Map.of());
        progress.detail(String.format(java.util.Locale.ROOT, "trial epochs=%d lr=%s l2=%s: macro-F1 %.4f accuracy %.4f",
                h.epochs(), h.learningRate(), h.l2(), e.macroF1(), e.accuracy()));
        return new Trial(h, e.macroF1(), e.accuracy());
    }
}
