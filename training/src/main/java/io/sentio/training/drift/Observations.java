package io.sentio.training.drift;

import java.util.List;
import java.util.Optional;

/**
 * What a model showed on a set of texts, one entry per text in the same order: the numbers both a
 * baseline and a drift check are computed from. No text is kept.
 *
 * @param unknownTermShares the share of each text's tokens outside the vocabulary
 * @param confidences       the probability of each text's chosen label
 * @param predicted         each text's chosen label
 * @param truth             each text's true label, when the data has labels
 */
public record Observations(double[] unknownTermShares, double[] confidences, List<String> predicted,
        Optional<List<String>> truth) {

    public Observations {
        predicted = List.copyOf(predicted);
        truth = truth.map(List::copyOf);
        if (confidences.length != unknownTermShares.length || predicted.size() != unknownTermShares.length
                || truth.map(List::size).orElse(predicted.size()) != predicted.size()) {
            throw new IllegalArgumentException("one observation per text is needed in every column");
        }
    }

    public int size() {
        return predicted.size();
    }
}
