package io.sentio.training.eval;

import io.sentio.core.model.Classifier;
import io.sentio.training.parallel.OnPool;
import io.sentio.training.prepare.Review;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/** Scores a classifier on labelled reviews, through the same predict path serving uses. */
public final class Evaluator {
    private final ForkJoinPool pool;

    public Evaluator(ForkJoinPool pool) {
        this.pool = pool;
    }

    public Evaluation evaluate(Classifier classifier, List<Review> test, long nTrain, double trainSeconds,
            Map<String, Long> skipped) {
        ConfusionCounts counts = new ConfusionCounts(classifier.manifest().labels());
        OnPool.run(pool, "evaluation", () -> test.parallelStream()
                .forEach(r -> counts.add(r.label(), classifier.predictClean(r.text()).label())));
        return counts.evaluation(nTrain, trainSeconds, skipped);
    }

    /** A multi-label model on texts with label sets (held-out data for the quality gate). */
    public MultiLabelEvaluation evaluateSets(Classifier classifier, List<Review> test) {
        return new MultiLabelEvaluator(pool).evaluate(classifier, test, 0, 0, Map.of());
    }
}
