package io.sentio.function.lifecycle;

import static io.sentio.function.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.contract.FunctionEnvironment;
import io.sentio.contract.MetricDimensions;
import io.sentio.contract.ServingMetric;
import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.LoadedModel;
import io.sentio.function.ApiHandler;
import io.sentio.function.testing.CapturedOutput;
import io.sentio.function.testing.Events;
import io.sentio.function.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The function's side of the metrics contract: every EMF record it writes — at init, failed init,
 * and for each kind of answer — names only metrics, units and dimensions the contract declares
 * (which infra's alarms and dashboard are built from), and every metric the contract declares is
 * one the function really emits.
 */
class EmittedMetricsContractTest {
    @TempDir
    static Path dir;

    /** Every EMF record of a run through all the ways the function emits metrics. */
    static List<JsonNode> records;

    @BeforeAll
    static void runEveryPathThatEmitsMetrics() throws IOException {
        Path bundle = dir.resolve("reviews");
        BundleDirectory.write(Fixtures.bundle(), bundle);
        LoadedModel good = Fixtures.model();
        ApiHandler broken = new ApiHandler(FunctionRuntime.of(
                FunctionConfig.fromEnvironment(Map.of(FunctionEnvironment.MODEL_URI, "x")),
                new LoadedModel(good.manifest(), good.model(), null)));
        records = new ArrayList<>();
        records.addAll(CapturedOutput.during(() -> {
            try {
                LambdaInit.initialise(Map.of(FunctionEnvironment.MODEL_URI, dir.resolve("missing").toString()));
            } catch (IllegalStateException expected) {
                // the failed init is the point: it emits ModelLoadFailures
            }
        }).metrics());
        records.addAll(CapturedOutput.during(() -> {
            FunctionRuntime runtime = FunctionRuntime.start(
                    FunctionConfig.fromEnvironment(Map.of(FunctionEnvironment.MODEL_URI, bundle.toString())), Map.of(),
                    Clock.systemUTC());
            ApiHandler handler = new ApiHandler(runtime);
            call(handler, Events.postJson("/predict", "{\"text\":\"I love it\"}"));
            call(handler, Events.postJson("/predict", "{\"text\":"));
            call(broken, Events.postJson("/predict", "{\"text\":\"I love it\"}"));
        }).metrics());
    }

    @Test
    void everyEmittedMetricIsDeclaredWithItsUnit() {
        Map<String, String> declared = new TreeMap<>();
        Arrays.stream(ServingMetric.values()).forEach(m -> declared.put(m.metricName(), unitName(m)));

        for (JsonNode directive : directives()) {
            for (JsonNode metric : directive.get("Metrics")) {
                assertThat(declared).as("metric %s is in the contract with its unit", metric)
                        .containsEntry(metric.get("Name").asText(), metric.get("Unit").asText());
            }
        }
    }

    @Test
    void everyDeclaredMetricIsEmitted() {
        List<String> emitted = directives().stream()
                .flatMap(d -> d.get("Metrics").findValuesAsText("Name").stream()).distinct().toList();

        assertThat(emitted).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ServingMetric.values()).map(ServingMetric::metricName).toList());
    }

    @Test
    void everyRecordIsInTheNamespaceWithTheDeclaredDimensions() {
        assertThat(directives()).isNotEmpty().allSatisfy(directive -> {
            assertThat(directive.get("Namespace").asText()).isEqualTo(MetricDimensions.NAMESPACE);
            assertThat(directive.get("Dimensions")).allSatisfy(set -> {
                List<String> names = new ArrayList<>();
                set.forEach(name -> names.add(name.asText()));
                assertThat(names).contains(MetricDimensions.SERVICE)
                        .isSubsetOf(MetricDimensions.SERVICE, MetricDimensions.MODEL_VERSION);
            });
        });
    }

    private static List<JsonNode> directives() {
        List<JsonNode> directives = new ArrayList<>();
        records.forEach(r -> r.get("_aws").get("CloudWatchMetrics").forEach(directives::add));
        return directives;
    }

    /** CloudWatch's spelling of a unit: COUNT → Count, MILLISECONDS → Milliseconds. */
    private static String unitName(ServingMetric metric) {
        String name = metric.unit().name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
