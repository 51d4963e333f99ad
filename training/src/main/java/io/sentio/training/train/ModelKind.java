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

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
