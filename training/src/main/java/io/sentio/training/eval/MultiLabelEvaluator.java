package io.sentio.training.eval;

import io.sentio.core.decision.DecisionRule;
import io.sentio.core.model.Classifier;
import io.sentio.training.parallel.OnPool;
import io.sentio.training.prepare.Review;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/** Scores a multi-label classifier on texts with label sets, through the same predict path serving uses. */
public final class MultiLabelEvaluator {
    private final ForkJoinPool pool;

    public MultiLabelEvaluator(ForkJoinPool pool) {
        this.pool = pool;
    }

    public MultiLabelEvaluation evaluate(Classifier classifier, List<Review> test, long nTrain, double trainSeconds,
            Map<String, Long> skipped) {
        if (!classifier.manifest().decision().multiLabel()) {
            throw new IllegalArgumentException("model '" + classifier.manifest().name()
                    + "' is single-label; multi-label evaluation needs a multi-label model");
        }
        List<List<String>> predicted = OnPool.call(pool, "evaluation", () -> test.parallelStream()
                .map(r -> classifier.predictClean(r.text()).labels()).toList());
        MultiLabelCounts counts = new MultiLabelCounts(classifier.manifest().labels());
        for (int i = 0; i < test.size(); i++) {
            counts.add(test.get(i).labels(), predicted.get(i));
        }
        return counts.evaluation(thresholds(classifier), nTrain, trainSeconds, skipped);
    }

    /** The threshold of every label, as the bundle's decision rule applies it. */
    static Map<String, Double> thresholds(Classifier classifier) {
        Map<String, Double> thresholds = new LinkedHashMap<>();
        if (classifier.manifest().decision().rule() instanceof DecisionRule.LabelThresholds rule) {
            classifier.manifest().labels().forEach(l -> thresholds.put(l, rule.threshold(l)));
        }
        return thresholds;
    }
}
