package io.sentio.core.model;

/**
 * A prediction with what its features showed about the text itself, for watching drift without
 * keeping the text.
 *
 * @param unknownTermShare the share of the text's tokens outside the model's vocabulary, in [0, 1]
 */
public record ObservedPrediction(Prediction prediction, double unknownTermShare) {
}
