package io.sentio.training.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Knobs of the SGD trainers.
 *
 * @param epochs         passes over the training data; {@value #AUTO_EPOCHS} (only before {@link #resolved})
 *                       = {@value #PENALISED_EPOCHS} with an L2 penalty, {@value #UNPENALISED_EPOCHS} without
 * @param learningRate   AdaGrad's initial learning rate; {@value #AUTO_LEARNING_RATE} (only before
 *                       {@link #resolved}) = {@value #PENALISED_LEARNING_RATE} with an L2 penalty,
 *                       {@value #UNPENALISED_LEARNING_RATE} without
 * @param l2             L2 penalty of one pass over the data (scikit-learn's {@code 1 / C}; 0 = none, else
 *                       AdaGrad with regularised dual averaging); {@value #AUTO_L2} (only before
 *                       {@link #resolved}) = {@value #DEFAULT_L2} where {@link #resolved} is asked to penalise
 * @param minibatchSize  examples per gradient step
 * @param fmFactors      factor size, for {@link ModelKind#FM}
 * @param fmVariance     initial factor variance, for {@link ModelKind#FM}
 * @param balanceClasses weight examples inversely to their class's frequency; off by default, because
 *                       it skews the probabilities (the tuned decision rule favours rare labels instead)
 * @param seed           shuffling and initialisation seed
 */
public record Hyperparameters(int epochs, double learningRate, double l2, int minibatchSize, int fmFactors,
        double fmVariance, boolean balanceClasses, long seed) {

    /** {@code epochs} to be chosen by {@link #resolved}. */
    public static final int AUTO_EPOCHS = 0;
    /** {@code l2} to be chosen by {@link #resolved}. */
    public static final double AUTO_L2 = -1;
    /** The automatic penalty: the best out-of-domain score that keeps the clothing targets (docs/MODEL_QUALITY.md). */
    public static final double DEFAULT_L2 = 0.3;
    /**
     * A penalised fit converges towards its regularised optimum, so it gets more passes; an
     * unpenalised one is stopped early instead (more passes overfit it).
     */
    public static final int PENALISED_EPOCHS = 20;
    public static final int UNPENALISED_EPOCHS = 5;
    /** {@code learningRate} to be chosen by {@link #resolved}. */
    public static final double AUTO_LEARNING_RATE = -1;
    /**
     * Dual averaging's weights tend to the penalised optimum whatever the rate; a higher one gets
     * there in fewer passes (clothing: ECE 0.031 against 0.043 at 0.1, earphones 0.589 against 0.579;
     * at 1.0 the clothing macro-F1 falls to 0.646).
     */
    public static final double PENALISED_LEARNING_RATE = 0.3;
    public static final double UNPENALISED_LEARNING_RATE = 0.1;

    public Hyperparameters {
        if (epochs < 1 && epochs != AUTO_EPOCHS) {
            throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        }
        if (!(learningRate > 0) && learningRate != AUTO_LEARNING_RATE) {
            throw new IllegalArgumentException("learning rate must be positive, was " + learningRate);
        }
        if (l2 < 0 && l2 != AUTO_L2) {
            throw new IllegalArgumentException("l2 must not be negative, was " + l2);
        }
        if (minibatchSize < 1) {
            throw new IllegalArgumentException("minibatch size must be at least 1, was " + minibatchSize);
        }
        if (fmFactors < 1) {
            throw new IllegalArgumentException("fm factors must be at least 1, was " + fmFactors);
        }
    }

    /** Epochs, learning rate and L2 automatic ({@link #resolved}); one example a step. */
    public static Hyperparameters defaults() {
        return new Hyperparameters(AUTO_EPOCHS, AUTO_LEARNING_RATE, AUTO_L2, 1, 8, 0.1, false, 42L);
    }

    /** Whether some setting still waits for {@link #resolved}. */
    public boolean adaptive() {
        return epochs == AUTO_EPOCHS || l2 == AUTO_L2 || learningRate == AUTO_LEARNING_RATE;
    }

    /**
     * The automatic settings made concrete; explicit ones are kept.
     *
     * @param penalise whether an automatic L2 is {@value #DEFAULT_L2} (else 0). Single-label training
     *                 penalises unless naive-Bayes weighting is on: NBSVM's log-count ratios already keep
     *                 weakly telling terms small, and on aclImdb a penalty cost accuracy (0.9194 at 0.3
     *                 against 0.9203); the clothing reviews gain out of domain (docs/MODEL_QUALITY.md).
     */
    public Hyperparameters resolved(boolean penalise) {
        double penalty = l2 != AUTO_L2 ? l2 : penalise ? DEFAULT_L2 : 0.0;
        int passes = epochs != AUTO_EPOCHS ? epochs : penalty > 0 ? PENALISED_EPOCHS : UNPENALISED_EPOCHS;
        double rate = learningRate != AUTO_LEARNING_RATE ? learningRate
                : penalty > 0 ? PENALISED_LEARNING_RATE : UNPENALISED_LEARNING_RATE;
        return new Hyperparameters(passes, rate, penalty, minibatchSize, fmFactors, fmVariance,
                balanceClasses, seed);
    }

    public Hyperparameters with(int newEpochs, double newLearningRate, double newL2) {
        return new Hyperparameters(newEpochs, newLearningRate, newL2, minibatchSize, fmFactors, fmVariance,
                balanceClasses, seed);
    }

    /** As recorded in the manifest. */
    public Map<String, Object> asMap(ModelKind kind) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("epochs", epochs);
        map.put("learning_rate", learningRate);
        map.put("l2", l2);
        map.put("minibatch_size", minibatchSize);
        if (kind == ModelKind.FM) {
            map.put("fm_factors", fmFactors);
            map.put("fm_variance", fmVariance);
        }
        map.put("balance_classes", balanceClasses);
        map.put("seed", seed);
        return map;
    }
}
