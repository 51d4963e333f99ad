package io.sentio.training.train;

import java.util.Locale;

/**
 * Whether and how training chooses the decision rule (how probabilities become a label).
 *
 * @param mode               when to tune
 * @param metric             what the tuned rule maximises on the validation slice
 * @param validationFraction share of the training reviews held out to tune on (stratified, seeded)
 */
public record DecisionTuning(Mode mode, DecisionMetric metric, double validationFraction) {
    /**
     * Above this ratio of the most to the least frequent label, {@link Mode#AUTO} tunes: with
     * labels about equally frequent, the highest probability is already the best answer for
     * macro-F1 and accuracy, and tuning would only cost a second fit.
     */
    public static final double IMBALANCE_TO_TUNE = 1.5;

    public enum Mode {
        /** Tune when the training labels are imbalanced (see {@link #IMBALANCE_TO_TUNE}). */
        AUTO,
        /** Always tune. */
        TUNED,
        /** Always answer the label of highest probability. */
        HIGHEST;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DecisionTuning {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be between 0 and 1, was "
                    + validationFraction);
        }
    }

    public static DecisionTuning defaults() {
        return new DecisionTuning(Mode.AUTO, DecisionMetric.MACRO_F1, 0.2);
    }

    /** @param imbalance the most frequent training label's count over the least frequent one's */
    public boolean tunes(double imbalance) {
        return switch (mode) {
            case TUNED -> true;
            case HIGHEST -> false;
            case AUTO -> imbalance > IMBALANCE_TO_TUNE;
        };
    }
}
