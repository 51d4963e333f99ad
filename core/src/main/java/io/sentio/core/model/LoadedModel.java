package io.sentio.core.model;

import io.sentio.core.features.FeatureExtractor;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** A verified, deserialised bundle, ready to predict. */
public record LoadedModel(Manifest manifest, Model<Label> model, FeatureExtractor features) {
}
