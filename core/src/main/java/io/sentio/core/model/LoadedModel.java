package io.sentio.core.model;

import io.sentio.core.features.FeatureExtractor;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.tribuo.Model;

/**
 * A verified bundle, ready to predict. The Tribuo model is deserialised on first need: a bundle
 * with {@value ModelBundle#WEIGHTS_FILE} is scored from those weights and never needs it to serve
 * (its bytes were still checked against the manifest's sha256 at {@link ModelBundle#open()}).
 * Thread-safe.
 */
public final class LoadedModel {
    private final Manifest manifest;
    private final FeatureExtractor features;
    private final LinearScorer scorer;
    private Supplier<Model<?>> loader;
    private volatile Model<?> model;

    /** An already deserialised model (tests, and bundles without weights). */
    public LoadedModel(Manifest manifest, Model<?> model, FeatureExtractor features) {
        this.manifest = manifest;
        this.model = Objects.requireNonNull(model, "model");
        this.features = features;
        this.scorer = null;
    }

    /** A model deserialised on first call of {@link #model()}, scored meanwhile by {@code scorer}. */
    LoadedModel(Manifest manifest, Supplier<Model<?>> loader, FeatureExtractor features, LinearScorer scorer) {
        this.manifest = manifest;
        this.loader = Objects.requireNonNull(loader, "loader");
        this.features = features;
        this.scorer = scorer;
    }

    public Manifest manifest() {
        return manifest;
    }

    /**
     * The Tribuo model, deserialised now if it has not been yet (≈ 1 s for a 77k-term model): a
     * {@code Model<Label>} or, when the manifest's decision is multi-label, a {@code Model<MultiLabel>}.
     */
    public Model<?> model() {
        Model<?> loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = loader.get();
                    model = loaded;
                    loader = null;
                }
            }
        }
        return loaded;
    }

    /** Whether {@link #model()} has been deserialised yet (for tests of the lazy path). */
    boolean modelDeserialised() {
        return model != null;
    }

    public FeatureExtractor features() {
        return features;
    }

    /** The scorer read from the bundle's weights, when it has them. */
    Optional<LinearScorer> storedScorer() {
        return Optional.ofNullable(scorer);
    }
}
