package io.sentio.training.drift;

import io.sentio.core.decision.Task;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a model showed on a set of texts, one entry per text in the same order: the numbers both a
 * baseline and a drift check are computed from. No text is kept.
 *
 * @param task              the model's task, which says what a confidence is
 * @param unknownTermShares the share of each text's tokens outside the vocabulary
 * @param confidences       per text: the probability of the chosen label (single-label), or the
 *                          strongest margin of a label over its threshold (multi-label, see
 *                          {@link #lowestConfidence})
 * @param predicted         each text's chosen labels: one (single-label) or a set (multi-label)
 * @param truth             each text's true labels, when the data has labels
 */
public record Observations(Task task, double[] unknownTermShares, double[] confidences, List<List<String>> predicted,
        Optional<List<List<String>>> truth) {

    public Observations {
        Objects.requireNonNull(task, "task");
        predicted = predicted.stream().map(List::copyOf).toList();
        truth = truth.map(sets -> sets.stream().map(List::copyOf).toList());
        if (confidences.length != unknownTermShares.length || predicted.size() != unknownTermShares.length
                || truth.map(List::size).orElse(predicted.size()) != predicted.size()) {
            throw new IllegalArgumentException("one observation per text is needed in every column");
        }
    }

    /** A single-label model's observations: one label a text. */
    public static Observations singleLabel(double[] unknownTermShares, double[] confidences, List<String> predicted,
            Optional<List<String>> truth) {
        return new Observations(Task.SINGLE_LABEL, unknownTermShares, confidences, sets(predicted),
                truth.map(Observations::sets));
    }

    /** The lowest confidence the task's measure takes: 0 for a probability, −1 for a margin over a threshold. */
    public static double lowestConfidence(Task task) {
        return task == Task.MULTI_LABEL ? -1 : 0;
    }

    public int size() {
        return predicted.size();
    }

    public boolean multiLabel() {
        return task == Task.MULTI_LABEL;
    }

    private static List<List<String>> sets(List<String> labels) {
        return labels.stream().map(List::of).toList();
    }
}
