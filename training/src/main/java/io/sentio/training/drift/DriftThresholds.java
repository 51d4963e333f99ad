package io.sentio.training.drift;

/**
 * How far each signal may move from the baseline before the data counts as drifted. A signal at
 * or under its threshold is within the baseline's range; any one over it makes the verdict drift.
 *
 * @param unknownTermShare rise of the mean unknown-term share, absolute (0.05 = five more tokens
 *                         in a hundred that the model cannot see)
 * @param confidencePsi    population stability index of the confidence histogram
 * @param labelMix         Jensen–Shannon divergence (bits) of the predicted label mix
 * @param macroF1Drop      fall of macro-F1 below the bundle's own, when the data has labels
 */
public record DriftThresholds(double unknownTermShare, double confidencePsi, double labelMix, double macroF1Drop) {
    public DriftThresholds {
        requireNonNegative("unknown-term share threshold", unknownTermShare);
        requireNonNegative("confidence PSI threshold", confidencePsi);
        requireNonNegative("label-mix threshold", labelMix);
        requireNonNegative("macro-F1 drop threshold", macroF1Drop);
    }

    /**
     * PSI 0.25 is the usual "major shift" line. The others sit between what held-out data of the
     * training domain shows and what another domain shows (see docs/LIFECYCLE.md, drift signals).
     */
    public static DriftThresholds defaults() {
        return new DriftThresholds(0.05, 0.25, 0.05, 0.10);
    }

    private static void requireNonNegative(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number of 0 or more, was " + value);
        }
    }
}
