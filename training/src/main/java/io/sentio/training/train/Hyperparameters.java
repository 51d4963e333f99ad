package io.sentio.training.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Knobs of the SGD trainers.
 *
 * @param epochs         passes over the training data
 * @param learningRate   AdaGrad's initial learning rate
 * @param l2             L2 regularisation strength (0 = none; uses AdaGrad-RDA when positive)
 * @param minibatchSize  examples per gradient step
 * @param fmFactors      factor size, for {@link ModelKind#FM}
 * @param fmVariance     initial factor variance, for {@link ModelKind#FM}
 * @param balanceClasses weight examples inversely to their class's frequency; off by default, because
 *                       it skews the probabilities (the tuned decision rule favours rare labels instead)
 * @param seed           shuffling and initialisation seed
 */
public record Hyperparameters(int epochs, double learningRate, double l2, int minibatchSize, int fmFactors,
        double fmVariance, boolean balanceClasses, long seed) {

    public Hyperparameters {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be positive, was " + learningRate);
        }
        if (l2 < 0) {
            throw new IllegalArgumentException("l2 must not be negative, was " + l2);
        }
        if (minibatchSize < 1) {
            throw new IllegalArgumentException("minibatch size must be at least 1, was " + minibatchSize);
        }
        if (fmFactors < 1) {
            throw new IllegalArgumentException("fm factors must be at least 1, was " + fmFactors);
        }
    }

    public static Hyperparameters defaults() {
        return new Hyperparameters(5, 0.1, 0.0, 1, 8, 0.1, false, 42L);
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
