package io.sentio.core.model;

/** The prediction for one sentence of a text. */
public record SentencePrediction(String text, Prediction prediction) {
}
