package io.sentio.core.model;

import java.util.List;

/**
 * The prediction for a whole text, and for each of its sentences.
 *
 * @param unknownTermShare the share of the whole text's tokens outside the model's vocabulary
 *                         (see {@link ObservedPrediction}); 0 when built without measuring it
 */
public record TextPrediction(Prediction overall, List<SentencePrediction> sentences, double unknownTermShare) {
    public TextPrediction {
        sentences = List.copyOf(sentences);
    }

    public TextPrediction(Prediction overall, List<SentencePrediction> sentences) {
        this(overall, sentences, 0.0);
    }
}
