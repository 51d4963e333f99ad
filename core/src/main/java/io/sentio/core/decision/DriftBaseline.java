package io.sentio.core.decision;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the model's inputs and answers looked like on its held-out texts when it was trained: the
 * reference that later data is compared with to notice drift while labels are late or missing.
 * Stored in the manifest as {@code decision.baseline}, next to the rule that makes the answers.
 *
 * <p>The same fields serve both tasks. For a multi-label model a text's confidence is the margin by
 * which its surest label clears its threshold ({@code max(p − threshold)}, in [−1, 1]; see
 * {@link DecisionRule.LabelThresholds#strongestMargin}), and the label shares are each label's
 * positive rate, which sum to the mean number of labels a text.
 *
 * @param texts            how many held-out texts (units: reviews or sentences) it was measured on
 * @param unknownTermShare per text, the share of its tokens outside the vocabulary
 * @param confidence       per text, the probability of the chosen label (multi-label: the strongest margin)
 * @param confidenceBins   the confidence histogram that a population stability index compares with
 * @param lowConfidence    below which confidence a prediction counts as unsure, and how many were
 * @param predictedLabels  share of texts given each label (every model label, zeros included)
 * @param trueLabels       share of texts of each true label: the label prior of the held-out data
 */
public record DriftBaseline(
        long texts,
        Spread unknownTermShare,
        Spread confidence,
        Bins confidenceBins,
        LowConfidence lowConfidence,
        Map<String, Double> predictedLabels,
        Map<String, Double> trueLabels) {

    public DriftBaseline {
        if (texts < 1) {
            throw new IllegalArgumentException("a drift baseline needs at least one text, had " + texts);
        }
        Objects.requireNonNull(unknownTermShare, "unknownTermShare");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(confidenceBins, "confidenceBins");
        Objects.requireNonNull(lowConfidence, "lowConfidence");
        predictedLabels = Map.copyOf(predictedLabels);
        trueLabels = Map.copyOf(trueLabels);
    }

    /** Mean and quantiles of a per-text value. */
    public record Spread(double mean, double p05, double p25, double p50, double p75, double p95) {

        /** Of the values given (sorted here, in a copy); nearest-rank quantiles. */
        public static Spread of(double[] values) {
            if (values.length == 0) {
                throw new IllegalArgumentException("no values to summarise");
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return new Spread(Arrays.stream(sorted).average().orElseThrow(), quantile(sorted, 0.05),
                    quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75), quantile(sorted, 0.95));
        }

        /** Nearest rank: the smallest value with at least {@code q} of the values at or below it. */
        public static double quantile(double[] sorted, double q) {
            int rank = (int) Math.ceil(q * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    /**
     * A histogram over {@code [lowerEdges[i], lowerEdges[i+1])}, the last bin closed at the top.
     * The edges are the baseline's own quantiles, so each bin holds a similar share of the baseline
     * and a shift anywhere in the distribution moves some bin.
     *
     * @param lowerEdges ascending, distinct, the first one the lowest value the measure takes (0 for a
     *                   probability, −1 for a multi-label margin); values below it count in the first bin
     * @param shares     one per bin, summing to 1
     */
    public record Bins(List<Double> lowerEdges, List<Double> shares) {
        public Bins {
            lowerEdges = List.copyOf(lowerEdges);
            shares = List.copyOf(shares);
            if (lowerEdges.isEmpty() || lowerEdges.size() != shares.size()) {
                throw new IllegalArgumentException("bins need one share per lower edge, had " + lowerEdges.size()
                        + " edges and " + shares.size() + " shares");
            }
            for (int i = 1; i < lowerEdges.size(); i++) {
                if (!(lowerEdges.get(i) > lowerEdges.get(i - 1))) {
                    throw new IllegalArgumentException("bin edges must ascend: " + lowerEdges);
                }
            }
        }

        /** The histogram of these values over these edges. */
        public static Bins of(List<Double> lowerEdges, double[] values) {
            return new Bins(lowerEdges, sharesOf(lowerEdges, values));
        }

        /** The bin of a value: the last whose lower edge is at or below it (the first for values below all). */
        public int binOf(double value) {
            return binOf(lowerEdges, value);
        }

        /** The shares of these values over the same edges. */
        public List<Double> sharesOf(double[] values) {
            return sharesOf(lowerEdges, values);
        }

        private static int binOf(List<Double> lowerEdges, double value) {
            int bin = 0;
            while (bin + 1 < lowerEdges.size() && lowerEdges.get(bin + 1) <= value) {
                bin++;
            }
            return bin;
        }

        private static List<Double> sharesOf(List<Double> lowerEdges, double[] values) {
            double[] counts = new double[lowerEdges.size()];
            for (double value : values) {
                counts[binOf(lowerEdges, value)]++;
            }
            return Arrays.stream(counts).map(c -> values.length == 0 ? 0 : c / values.length).boxed().toList();
        }
    }

    /**
     * @param below a prediction whose confidence is under this is unsure (the baseline's 10th
     *              percentile of confidence, so about a tenth of the baseline's predictions are)
     * @param share the share of the baseline's predictions that were unsure
     */
    public record LowConfidence(double below, double share) {
    }
}
