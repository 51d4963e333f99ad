package io.sentio.training.drift;

import java.util.Optional;

/**
 * One drift signal: the baseline's figure, the data's, the distance between them and, for the
 * signals that decide the verdict, the threshold that distance is held to.
 *
 * @param name      stable key (also the JSON field)
 * @param baseline  the figure at training, for a signal read from one figure
 * @param current   the same figure on the data
 * @param distance  how far apart they are, in the signal's own measure
 * @param threshold the largest distance still within range; empty for a signal that only informs
 */
public record Signal(String name, Optional<Double> baseline, Optional<Double> current, double distance,
        Optional<Double> threshold) {

    /** A signal read from one figure, its distance the change of that figure. */
    static Signal ofFigures(String name, double baseline, double current, Optional<Double> threshold) {
        return new Signal(name, Optional.of(baseline), Optional.of(current), current - baseline, threshold);
    }

    /** A signal read from two distributions, its distance their divergence. */
    static Signal ofDivergence(String name, double divergence, Optional<Double> threshold) {
        return new Signal(name, Optional.empty(), Optional.empty(), divergence, threshold);
    }

    public boolean drifted() {
        return threshold.map(t -> distance > t).orElse(false);
    }
}
