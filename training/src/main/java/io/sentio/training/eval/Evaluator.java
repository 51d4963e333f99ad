package io.sentio.training.eval;

import io.sentio.core.model.Classifier;
import io.sentio.core.model.Prediction;
import io.sentio.training.parallel.OnPool;
import io.sentio.training.prepare.Review;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * Scores a classifier on labelled reviews, through the same predict path serving uses: the label is
 * the bundle's decision rule's answer, the calibration that of its probabilities.
 */
public final class Evaluator {
    private final ForkJoinPool pool;

    public Evaluator(ForkJoinPool pool) {
        this.pool = pool;
    }

    public Evaluation evaluate(Classifier classifier, List<Review> test, long nTrain, double trainSeconds,
            Map<String, Long> skipped) {
        ConfusionCounts counts = new ConfusionCounts(classifier.manifest().labels());
        CalibrationCounts calibration = new CalibrationCounts();
        OnPool.run(pool, "evaluation", () -> test.parallelStream().forEach(r -> {
            Prediction prediction = classifier.predictClean(r.text());
            counts.add(r.label(), prediction.label());
            // Calibration is of the probabilities, so of the most probable label, whatever the rule answers.
            Map.Entry<String, Double> top = prediction.probabilities().entrySet().iterator().next();
            calibration.add(top.getValue(), top.getKey().equals(r.label()));
        }));
        return counts.evaluation(nTrain, trainSeconds, skipped).withCalibration(calibration.calibration());
    }

    /** A multi-label model on texts with label sets (held-out data for the quality gate). */
    public MultiLabelEvaluation evaluateSets(Classifier classifier, List<Review> test) {
        return new MultiLabelEvaluator(pool).evaluate(classifier, test, 0, 0, Map.of());
    }
}
