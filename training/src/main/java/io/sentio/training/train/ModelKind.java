package io.sentio.training.train;

import java.util.Locale;

/** The model families Sentio trains, all Tribuo SGD classifiers. */
public enum ModelKind {
    /** Linear model, log loss: calibrated-ish probabilities. The default. */
    LOGISTIC,
    /** Linear model, hinge loss; probabilities are a softmax of margins. */
    SVM,
    /** Factorisation machine: pairwise feature interactions through low-rank factors. */
    FM;

    /** Whether {@code --l2} applies: the linear models, whose parameters are one weight matrix. */
    public boolean penalisable() {
        return this != FM;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
