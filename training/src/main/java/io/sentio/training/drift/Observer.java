package io.sentio.training.drift;

import io.sentio.core.decision.DecisionRule;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.ObservedPrediction;
import io.sentio.core.model.Prediction;
import io.sentio.training.parallel.OnPool;
import io.sentio.training.prepare.Review;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/** Runs a classifier over clean texts through the serving path and keeps what drift is read from. */
public final class Observer {
    private final ForkJoinPool pool;

    public Observer(ForkJoinPool pool) {
        this.pool = pool;
    }

    /** @param labelled whether the texts' labels are true labels, to be kept as the truth */
    public Observations observe(Classifier classifier, List<Review> texts, boolean labelled) {
        ToDoubleFunction<Prediction> confidence = confidence(classifier.manifest().decision().rule());
        double[] shares = new double[texts.size()];
        double[] confidences = new double[texts.size()];
        @SuppressWarnings("unchecked")
        List<String>[] predicted = new List[texts.size()];
        OnPool.run(pool, "drift observation", () -> IntStream.range(0, texts.size()).parallel().forEach(i -> {
            ObservedPrediction observed = classifier.observeClean(texts.get(i).text());
            shares[i] = observed.unknownTermShare();
            confidences[i] = confidence.applyAsDouble(observed.prediction());
            predicted[i] = observed.prediction().labels();
        }));
        Optional<List<List<String>>> truth = labelled ? Optional.of(texts.stream().map(Review::labels).toList())
                : Optional.empty();
        return new Observations(classifier.manifest().decision().task(), shares, confidences, Arrays.asList(predicted),
                truth);
    }

    /**
     * A single-label answer is as sure as its label's probability. A multi-label answer has no one
     * probability that decides it, so its confidence is how far the surest label clears its threshold.
     */
    private static ToDoubleFunction<Prediction> confidence(DecisionRule rule) {
        if (rule instanceof DecisionRule.LabelThresholds thresholds) {
            return prediction -> thresholds.strongestMargin(prediction.probabilities());
        }
        return Prediction::confidence;
    }
}
