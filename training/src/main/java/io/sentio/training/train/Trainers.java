package io.sentio.training.train;

import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.LabelObjective;
import org.tribuo.classification.sgd.fm.FMClassificationTrainer;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.Hinge;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.optimisers.AdaGrad;

/** Builds the Tribuo trainer for a model kind and its hyper-parameters. */
public final class Trainers {
    private static final double EPSILON = 1e-6;

    private Trainers() {
    }

    /**
     * @param numExamples     training examples: the L2 penalty is spread over them ({@link RegularisedAdaGrad})
     * @param loggingInterval SGD steps between Tribuo's loss log lines (which drive the progress bar)
     */
    public static Trainer<Label> create(ModelKind kind, Hyperparameters h, int numExamples, int loggingInterval) {
        requireResolved(h);
        return switch (kind) {
            case LOGISTIC -> new LinearSGDTrainer(new LogMulticlass(), optimiser(h, numExamples), h.epochs(),
                    loggingInterval, h.minibatchSize(), h.seed());
            case SVM -> new LinearSGDTrainer(new Hinge(), optimiser(h, numExamples), h.epochs(),
                    loggingInterval, h.minibatchSize(), h.seed());
            case FM -> new FMClassificationTrainer(objective(), unpenalised(h), h.epochs(),
                    loggingInterval, h.minibatchSize(), h.seed(), h.fmFactors(), h.fmVariance());
        };
    }

    private static LabelObjective objective() {
        return new LogMulticlass();
    }

    static StochasticGradientOptimiser optimiser(Hyperparameters h, int numExamples) {
        requireResolved(h);
        if (h.l2() > 0) {
            return new RegularisedAdaGrad(h.learningRate(), EPSILON, h.l2(), numExamples);
        }
        return new AdaGrad(h.learningRate(), EPSILON);
    }

    /** A factorisation machine's parameters are not one weight matrix, which the L2 penalty is written for. */
    private static StochasticGradientOptimiser unpenalised(Hyperparameters h) {
        requireResolved(h);
        if (h.l2() > 0) {
            throw new IllegalArgumentException("--l2 is for the linear models (logistic, svm), not for fm");
        }
        return new AdaGrad(h.learningRate(), EPSILON);
    }

    private static void requireResolved(Hyperparameters h) {
        if (h.adaptive()) {
            throw new IllegalStateException("automatic epochs or L2 not resolved before training: " + h);
        }
    }
}
