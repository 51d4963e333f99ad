package io.sentio.core.model;

import java.util.List;

/** The prediction for a whole text, and for each of its sentences. */
public record TextPrediction(Prediction overall, List<SentencePrediction> sentences) {
    public TextPrediction {
        sentences = List.copyOf(sentences);
    }
}
