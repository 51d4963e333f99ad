package io.sentio.function.lifecycle;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import io.sentio.core.model.Classifier;
import io.sentio.core.model.LoadedModel;
import io.sentio.core.model.Manifest;
import io.sentio.function.api.PredictionApi;
import io.sentio.function.observability.ColdStart;
import io.sentio.function.observability.PredictionMetrics;
import io.sentio.function.observability.RequestLog;
import io.sentio.function.observability.ReviewSampler;
import io.sentio.function.observability.Telemetry;
import java.time.Clock;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a handler needs, built once per execution environment: the loaded model, the API,
 * telemetry and the cold-start flag. The Lambda keeps one in {@link LambdaInit}; the local
 * twins build their own.
 */
public final class FunctionRuntime {
    private final FunctionConfig config;
    private final Classifier classifier;
    private final PredictionApi api;
    private final Telemetry telemetry;
    private final ColdStart coldStart = new ColdStart();
    private final LongSupplier nanoTime;
    private final double modelLoadMillis;

    FunctionRuntime(FunctionConfig config, LoadedModel model, double modelLoadMillis, LongSupplier nanoTime) {
        this.config = config;
        this.classifier = new Classifier(model);
        this.modelLoadMillis = modelLoadMillis;
        this.nanoTime = nanoTime;
        Manifest manifest = classifier.manifest();
        this.api = new PredictionApi(classifier, config.limits(), config.topN(), config.explainEnabled(),
                config.tryItPage());
        this.telemetry = new Telemetry(
                new RequestLog(manifest),
                PredictionMetrics.emf(config.namespace(), config.service(), manifest.version(),
                        config.lowConfidenceThreshold()),
                new ReviewSampler(config.reviewSampleRate(), config.reviewLowConfidenceSampleRate(),
                        config.lowConfidenceThreshold(), manifest.version()));
    }

    /**
     * Fetches, verifies and loads the model MODEL_URI names, logs one line and emits
     * ModelLoadMillis. Throws {@link ModelLoader.ModelLoadException} with a clear message otherwise.
     */
    public static FunctionRuntime start(FunctionConfig config, Map<String, String> env, Clock clock) {
        var loading = ModelLoader.loadInBackground(config.modelUri(), env, clock);
        // Logging starts up meanwhile (no logger may be touched before the load is under way).
        Logger log = LoggerFactory.getLogger(FunctionRuntime.class);
        ModelLoader.Loaded loaded = ModelLoader.await(loading);
        FunctionRuntime runtime = new FunctionRuntime(config, loaded.model(), loaded.millis(), System::nanoTime);
        Manifest manifest = runtime.manifest();
        log.info("model loaded",
                entry("modelUri", config.modelUri()),
                entry("modelName", manifest.name()),
                entry("modelVersion", manifest.version()),
                entry("modelSha256", manifest.modelSha256()),
                entry("labels", manifest.labels()),
                entry("modelLoadMillis", Math.round(loaded.millis() * 10) / 10.0));
        runtime.telemetry.metrics().modelLoaded(loaded.millis());
        return runtime;
    }

    /** A runtime around a model already in memory (tests, benchmarks); emits nothing. */
    public static FunctionRuntime of(FunctionConfig config, LoadedModel model) {
        return new FunctionRuntime(config, model, 0, System::nanoTime);
    }

    public FunctionConfig config() {
        return config;
    }

    public Manifest manifest() {
        return classifier.manifest();
    }

    public Classifier classifier() {
        return classifier;
    }

    public PredictionApi api() {
        return api;
    }

    public Telemetry telemetry() {
        return telemetry;
    }

    public ColdStart coldStart() {
        return coldStart;
    }

    public LongSupplier nanoTime() {
        return nanoTime;
    }

    public double modelLoadMillis() {
        return modelLoadMillis;
    }
}
