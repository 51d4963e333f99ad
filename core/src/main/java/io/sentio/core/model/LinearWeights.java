package io.sentio.core.model;

import java.util.Arrays;
import java.util.List;

/**
 * A linear model's weights, read-only, as its scores are made of them: a label's score (before
 * the softmax or sigmoid that makes it a probability) is {@link #bias} plus, over the text's
 * features, the feature's value times {@link #weight}. What explanations are computed from.
 */
public final class LinearWeights {
    private final LinearScorer scorer;
    private final List<String> labels;

    LinearWeights(LinearScorer scorer) {
        this.scorer = scorer;
        this.labels = Arrays.asList(scorer.labels().clone());
    }

    /** The labels, in the order the indices below use. */
    public List<String> labels() {
        return List.copyOf(labels);
    }

    /** The index of a label in {@link #labels()}, or -1. */
    public int labelIndex(String label) {
        return labels.indexOf(label);
    }

    /** Whether the term at this vocabulary position is a feature of the model at all. */
    public boolean known(int position) {
        return scorer.known(position);
    }

    /** The weight of the term at this vocabulary position for the label at {@code label}. */
    public double weight(int position, int label) {
        return scorer.weight(position, label);
    }

    /** The label's score for a text with no known term. */
    public double bias(int label) {
        return scorer.bias(label);
    }
}
