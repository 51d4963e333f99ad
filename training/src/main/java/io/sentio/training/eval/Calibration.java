package io.sentio.training.eval;

import java.util.List;

/**
 * How far the model's confidence is from how often it is right: the top label's probability
 * against the share of texts whose most probable label is the true one, in equal-width bins of
 * confidence. {@code ece} (expected calibration error) is the support-weighted mean gap.
 *
 * @param bins every bin, empty ones included, lowest confidence first
 */
public record Calibration(double ece, List<Bin> bins) {
    /** For evaluations made without probabilities (hyper-parameter trials). */
    public static final Calibration NONE = new Calibration(0.0, List.of());

    public Calibration {
        bins = List.copyOf(bins);
    }

    /**
     * One bin of confidence [lower, upper).
     *
     * @param confidence mean top-label probability of its texts (0 when empty)
     * @param accuracy   share of its texts whose top label is true (0 when empty)
     */
    public record Bin(double lower, double upper, long count, double confidence, double accuracy) {
    }
}
