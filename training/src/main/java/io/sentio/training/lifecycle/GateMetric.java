package io.sentio.training.lifecycle;

import io.sentio.training.eval.Evaluation;
import java.util.Locale;

/** The figure the quality gate compares; higher is better for each. */
public enum GateMetric {
    /** Mean F1 over the labels present, so a rare label (neutral) counts as much as a common one. */
    MACRO_F1,
    ACCURACY;

    /** The name in manifests, records and options: {@code macro_f1}, {@code accuracy}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public double score(Evaluation evaluation) {
        return this == MACRO_F1 ? evaluation.macroF1() : evaluation.accuracy();
    }
}
