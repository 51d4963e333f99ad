package io.sentio.training.train;

import io.sentio.core.features.Vocabulary;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** A trained model with the vocabulary its features were built from. */
public record FittedModel(Model<Label> model, Vocabulary vocabulary, double trainSeconds) {
}
