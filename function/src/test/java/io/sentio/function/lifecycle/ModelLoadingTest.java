package io.sentio.function.lifecycle;

import static io.sentio.function.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.ModelBundle;
import io.sentio.function.ApiHandler;
import io.sentio.function.testing.CapturedOutput;
import io.sentio.function.testing.Events;
import io.sentio.function.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Init: MODEL_URI → verified model, or one clear failure. */
class ModelLoadingTest {
    @TempDir
    Path dir;

    @Test
    void bundleDirectoryLoadsAndServes() throws IOException {
        Path bundle = write("reviews");

        FunctionRuntime runtime = FunctionRuntime.start(config(bundle.toString()), Map.of(), Clock.systemUTC());

        assertThat(runtime.manifest().name()).isEqualTo("test-reviews");
        assertThat(call(new ApiHandler(runtime), Events.postJson("/predict", "{\"text\":\"love it\"}"))
                .getStatusCode()).isEqualTo(200);
    }

    @Test
    void fileStoreAliasLoadsThePublishedVersion() {
        var stores = new io.sentio.core.store.ModelStores(() -> {
            throw new AssertionError("no S3 here");
        }, Clock.systemUTC());
        var store = stores.open(dir.resolve("store").toUri().toString());
        int version = store.publish(Fixtures.bundle());
        store.moveAlias("live", version, "test", "first");

        FunctionRuntime runtime = FunctionRuntime.start(config(dir.resolve("store").toUri() + "@live"), Map.of(),
                Clock.systemUTC());

        assertThat(runtime.manifest().version()).isEqualTo(Integer.toString(version));
    }

    @Test
    void successLogsModelIdentityAndEmitsModelLoadMillis() throws IOException {
        Path bundle = write("reviews");

        CapturedOutput out = CapturedOutput.during(() ->
                FunctionRuntime.start(config(bundle.toString()), Map.of(), Clock.systemUTC()));

        JsonNode line = out.logs().get(0);
        assertThat(line.get("message").asText()).isEqualTo("model loaded");
        assertThat(line.get("modelName").asText()).isEqualTo("test-reviews");
        assertThat(line.get("modelSha256").asText()).hasSize(64);
        JsonNode metric = out.metrics().get(0);
        assertThat(metric.get("ModelLoadMillis").asDouble()).isPositive();
        assertThat(metric.get("_aws").get("CloudWatchMetrics").get(0).get("Dimensions").toString())
                .isEqualTo("[[\"Service\"],[\"Service\",\"ModelVersion\"]]");
    }

    @Test
    void missingBundleFailsWithAMessageNamingIt() {
        assertThatThrownBy(() -> FunctionRuntime.start(config(dir.resolve("nothing").toString()), Map.of(),
                Clock.systemUTC()))
                .isInstanceOf(ModelLoader.ModelLoadException.class)
                .hasMessageContaining("MODEL_URI=" + dir.resolve("nothing"))
                .hasMessageContaining("no model bundle at");
    }

    @Test
    void tamperedModelFileFailsTheIntegrityCheck() throws IOException {
        Path bundle = write("tampered");
        byte[] model = Files.readAllBytes(bundle.resolve(ModelBundle.MODEL_FILE));
        model[model.length / 2] ^= 1;
        Files.write(bundle.resolve(ModelBundle.MODEL_FILE), model);

        assertThatThrownBy(() -> FunctionRuntime.start(config(bundle.toString()), Map.of(), Clock.systemUTC()))
                .hasMessageContaining("integrity check")
                .hasMessageContaining("model.tribuo");
    }

    @Test
    void corruptManifestFailsClearly() throws IOException {
        Path bundle = write("corrupt");
        Files.writeString(bundle.resolve(ModelBundle.MANIFEST_FILE), "{ not json");

        assertThatThrownBy(() -> FunctionRuntime.start(config(bundle.toString()), Map.of(), Clock.systemUTC()))
                .hasMessageContaining("manifest.json");
    }

    @Test
    void failedInitWritesOneErrorLineAndAModelLoadFailuresMetric() {
        Map<String, String> env = Map.of("MODEL_URI", dir.resolve("missing").toString());

        var captured = CapturedOutput.capture(() -> {
            try {
                LambdaInit.initialise(env);
                return null;
            } catch (IllegalStateException e) {
                return e;
            }
        });

        assertThat(captured.value()).isNotNull().hasMessageContaining("no model bundle at");
        assertThat(captured.output().logs()).hasSize(1);
        JsonNode line = captured.output().logs().get(0);
        assertThat(line.get("level").asText()).isEqualTo("ERROR");
        assertThat(line.get("message").asText()).startsWith("init failed: cannot load model MODEL_URI=");
        assertThat(line.has("error")).as("no stack trace in the log line").isFalse();
        assertThat(captured.output().metrics()).singleElement()
                .satisfies(m -> assertThat(m.get("ModelLoadFailures").asDouble()).isEqualTo(1.0));
    }

    @Test
    void badSettingFailsInitTheSameWay() {
        var captured = CapturedOutput.capture(() -> {
            try {
                LambdaInit.initialise(Map.of("MODEL_URI", "x", "RETURN_TOP_N", "-1"));
                return null;
            } catch (IllegalStateException e) {
                return e;
            }
        });

        assertThat(captured.value()).hasMessageContaining("RETURN_TOP_N");
        assertThat(captured.output().logs()).hasSize(1);
    }

    @Test
    void metricNamesCloudWatchWouldRefuseFailInitNotRequests() {
        assertThatThrownBy(() -> Fixtures.runtime(Map.of("POWERTOOLS_METRICS_NAMESPACE", "Sentio Prod!")))
                .hasMessageContaining("Namespace contains invalid characters");
        assertThatThrownBy(() -> Fixtures.runtime(Map.of("POWERTOOLS_SERVICE_NAME", "x".repeat(1100))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messageNamesARootCauseItWouldOtherwiseHide() {
        var wrapped = new IllegalStateException("deserialisation threw an exception",
                new RuntimeException("reflection", new OutOfMemoryError("Java heap space")));

        assertThat(ModelLoader.describe(wrapped))
                .isEqualTo("deserialisation threw an exception (cause: OutOfMemoryError: Java heap space)");
        assertThat(ModelLoader.describe(new IllegalStateException("no bundle: x", new RuntimeException("x"))))
                .isEqualTo("no bundle: x");
    }

    private Path write(String name) throws IOException {
        Path bundle = dir.resolve(name);
        BundleDirectory.write(Fixtures.bundle(), bundle);
        return bundle;
    }

    private static FunctionConfig config(String modelUri) {
        return FunctionConfig.fromEnvironment(Map.of("MODEL_URI", modelUri));
    }
}
