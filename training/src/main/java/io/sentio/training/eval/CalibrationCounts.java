package io.sentio.training.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates (top-label probability, top label correct) pairs into equal-width bins and turns
 * them into a {@link Calibration}. Thread-safe.
 */
public final class CalibrationCounts {
    /** The usual choice in the literature (Guo et al., 2017), so figures compare. */
    public static final int DEFAULT_BINS = 15;

    private final long[] counts;
    private final double[] confidenceSums;
    private final long[] correct;

    public CalibrationCounts() {
        this(DEFAULT_BINS);
    }

    public CalibrationCounts(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("calibration needs at least one bin, was " + bins);
        }
        counts = new long[bins];
        confidenceSums = new double[bins];
        correct = new long[bins];
    }

    /** @param confidence the top label's probability, in [0, 1] */
    public synchronized void add(double confidence, boolean topLabelCorrect) {
        int bin = Math.min(counts.length - 1, Math.max(0, (int) (confidence * counts.length)));
        counts[bin]++;
        confidenceSums[bin] += confidence;
        if (topLabelCorrect) {
            correct[bin]++;
        }
    }

    public synchronized Calibration calibration() {
        long total = 0;
        for (long n : counts) {
            total += n;
        }
        List<Calibration.Bin> bins = new ArrayList<>(counts.length);
        double ece = 0;
        for (int b = 0; b < counts.length; b++) {
            long n = counts[b];
            double confidence = n == 0 ? 0 : confidenceSums[b] / n;
            double accuracy = n == 0 ? 0 : correct[b] / (double) n;
            bins.add(new Calibration.Bin(b / (double) counts.length, (b + 1) / (double) counts.length, n,
                    confidence, accuracy));
            if (n > 0) {
                ece += n / (double) total * Math.abs(accuracy - confidence);
            }
        }
        return new Calibration(ece, bins);
    }
}
