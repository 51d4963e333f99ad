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
import org.tribuo.math.optimisers.AdaGradRDA;

/** Builds the Tribuo trainer for a model kind and its hyper-parameters. */
public final class Trainers {
    private static final double EPSILON = 1e-6;

    private Trainers() {
    }

    /**
     * @param numFeatures     needed by AdaGrad-RDA's lazy regularisation
     * @param loggingInterval SGD steps between Tribuo's loss log lines (which drive the progress bar)
     */
    public static Trainer<Label> create(ModelKind kind, Hyperparameters h, int numFeatures, int loggingInterval) {
        return switch (kind) {
            case LOGISTIC -> new LinearSGDTrainer(new LogMulticlass(), optimiser(h, numFeatures), h.epochs(),
                    loggingInterval, h.minibatchSize(), h.seed());
            case SVM -> new LinearSGDTrainer(new Hinge(), optimiser(h, numFeatures), h.epochs(),
                    loggingInterval, h.minibatchSize(), h.seed());
            case FM -> new FMClassificationTrainer(objective(), optimiser(h, numFeatures), h.epochs(),
                    loggingInterval, h.minibatchSize(), h.seed(), h.fmFactors(), h.fmVariance());
        };
    }

    private static LabelObjective objective() {
        return new LogMulticlass();
    }

    static StochasticGradientOptimiser optimiser(Hyperparameters h, int numFeatures) {
        if (h.l2() > 0) {
            return new AdaGradRDA(h.learningRate(), EPSILON, 0.0, h.l2(), numFeatures);
        }
        return new AdaGrad(h.learningRate(), EPSILON);
    }
}
