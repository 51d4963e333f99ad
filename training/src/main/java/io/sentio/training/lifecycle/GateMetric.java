package io.sentio.training.lifecycle;

import io.sentio.training.eval.Evaluation;
import io.sentio.training.eval.MultiLabelEvaluation;
import io.sentio.training.eval.Scores;
import java.util.Locale;

/** The figure the quality gate compares; higher is better for each. */
public enum GateMetric {
    /** Mean F1 over the labels present, so a rare label (neutral) counts as much as a common one. */
    MACRO_F1,
    /** Single-label: the share of texts labelled right. Multi-label: the share whose label set is exactly right. */
    ACCURACY,
    /**
     * F1 over every (text, label) decision pooled: the default for multi-label models. For a
     * single-label model it equals accuracy.
     */
    MICRO_F1;

    /** The name in manifests, records and options: {@code macro_f1}, {@code accuracy}, {@code micro_f1}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public double score(Evaluation evaluation) {
        return this == MACRO_F1 ? evaluation.macroF1() : evaluation.accuracy();
    }

    public double score(MultiLabelEvaluation evaluation) {
        return switch (this) {
            case MACRO_F1 -> evaluation.macroF1();
            case ACCURACY -> evaluation.subsetAccuracy();
            case MICRO_F1 -> evaluation.microF1();
        };
    }

    public double score(Scores scores) {
        return scores instanceof MultiLabelEvaluation sets ? score(sets) : score((Evaluation) scores);
    }
}
