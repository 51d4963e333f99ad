package io.sentio.training.drift;

import io.sentio.core.model.Classifier;
import io.sentio.core.model.ObservedPrediction;
import io.sentio.training.parallel.OnPool;
import io.sentio.training.prepare.Review;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/** Runs a classifier over clean texts through the serving path and keeps what drift is read from. */
public final class Observer {
    private final ForkJoinPool pool;

    public Observer(ForkJoinPool pool) {
        this.pool = pool;
    }

    /** @param labelled whether the texts' labels are true labels, to be kept as the truth */
    public Observations observe(Classifier classifier, List<Review> texts, boolean labelled) {
        double[] shares = new double[texts.size()];
        double[] confidences = new double[texts.size()];
        String[] predicted = new String[texts.size()];
        OnPool.run(pool, "drift observation", () -> IntStream.range(0, texts.size()).parallel().forEach(i -> {
            ObservedPrediction observed = classifier.observeClean(texts.get(i).text());
            shares[i] = observed.unknownTermShare();
            confidences[i] = observed.prediction().confidence();
            predicted[i] = observed.prediction().label();
        }));
        Optional<List<String>> truth = labelled ? Optional.of(texts.stream().map(Review::label).toList())
                : Optional.empty();
        return new Observations(shares, confidences, Arrays.asList(predicted), truth);
    }
}
