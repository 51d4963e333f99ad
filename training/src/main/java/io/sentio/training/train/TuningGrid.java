package io.sentio.training.train;

import java.util.ArrayList;
import java.util.List;

/** The candidate values --tune tries; every combination is one trial. */
public record TuningGrid(List<Integer> epochs, List<Double> learningRates, List<Double> l2s) {
    public TuningGrid {
        epochs = List.copyOf(epochs);
        learningRates = List.copyOf(learningRates);
        l2s = List.copyOf(l2s);
        if (epochs.isEmpty() || learningRates.isEmpty() || l2s.isEmpty()) {
            throw new IllegalArgumentException("every tuning list needs at least one value");
        }
    }

    public static TuningGrid defaults() {
        return new TuningGrid(List.of(3, 6, 10), List.of(0.1, 0.3, 1.0), List.of(0.0));
    }

    List<Hyperparameters> candidates(Hyperparameters base) {
        List<Hyperparameters> all = new ArrayList<>();
        for (int e : epochs) {
            for (double lr : learningRates) {
                for (double l2 : l2s) {
                    all.add(base.with(e, lr, l2));
                }
            }
        }
        return all;
    }
}
