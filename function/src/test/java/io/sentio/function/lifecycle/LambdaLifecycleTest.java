package io.sentio.function.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.model.BundleDirectory;
import io.sentio.function.testing.Fixtures;
import io.sentio.function.testing.crac.LambdaRuntimeSimulation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Lambda path in a fresh JVM, as the runtime drives it: the no-argument constructor
 * loads the model in the init holder (reading MODEL_URI from the environment), SnapStart's
 * checkpoint runs priming and its restore re-arms the cold start, then requests are served.
 * (CRaC itself is stood in for by {@code io.sentio.function.testing.crac}.)
 */
class LambdaLifecycleTest {
    @TempDir
    static Path dir;
    private static Path bundle;

    @BeforeAll
    static void writeBundle() throws IOException {
        bundle = dir.resolve("bundle");
        BundleDirectory.write(Fixtures.bundle(), bundle);
    }

    @Test
    void snapStartInitPrimesBeforeTheSnapshotAndTheRestoredEnvironmentStartsCold() throws Exception {
        Run run = lambda("snapstart", Map.of("MODEL_URI", bundle.toString(), "PRIMING_ROUNDS", "3"));

        assertThat(run.exit()).as(run.stderr()).isZero();
        List<String> messages = run.logs().stream().map(l -> l.get("message").asText()).toList();
        assertThat(messages).containsSubsequence("model loaded", "primed before snapshot", "restored from snapshot",
                "prediction", "prediction");
        JsonNode primed = run.logs().stream().filter(l -> l.get("message").asText().equals("primed before snapshot"))
                .findFirst().orElseThrow();
        assertThat(primed.get("primingRequests").asInt()).isEqualTo(3 * Priming.events(0).size());
        assertThat(run.logs().stream().filter(l -> l.has("requestId")).map(l -> l.get("cold_start").asBoolean()))
                .as("priming's requests are not logged; the first real one is the cold start")
                .containsExactly(true, false);
        assertThat(run.metrics()).as("ModelLoadMillis at init, then one record per real request, none for priming")
                .hasSize(3);
        assertThat(run.metrics()).filteredOn(m -> m.has("ColdStart")).hasSize(1);
        assertThat(run.metrics()).filteredOn(m -> m.has("Predictions")).hasSize(2);
        assertThat(run.stderr()).contains("RESPONSE 200");
    }

    @Test
    void onDemandInitServesWithoutPriming() throws Exception {
        Run run = lambda("on-demand", Map.of("MODEL_URI", bundle.toString()));

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.logs().stream().map(l -> l.get("message").asText())).doesNotContain("primed before snapshot");
        assertThat(run.logs().stream().filter(l -> l.has("requestId")).map(l -> l.get("cold_start").asBoolean()))
                .containsExactly(true, false);
    }

    @Test
    void missingBundleFailsInitWithOneLogLine() throws Exception {
        Run run = lambda("snapstart", Map.of("MODEL_URI", dir.resolve("gone").toString()));

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.logs()).singleElement().satisfies(line -> {
            assertThat(line.get("level").asText()).isEqualTo("ERROR");
            assertThat(line.get("message").asText()).contains("MODEL_URI=" + dir.resolve("gone"))
                    .contains("no model bundle at");
        });
        assertThat(run.metrics()).singleElement().satisfies(m -> assertThat(m.has("ModelLoadFailures")).isTrue());
    }

    record Run(int exit, List<JsonNode> lines, String stderr) {
        List<JsonNode> logs() {
            return lines.stream().filter(l -> l.has("level")).toList();
        }

        List<JsonNode> metrics() {
            return lines.stream().filter(l -> l.has("_aws")).toList();
        }
    }

    private static Run lambda(String mode, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.crac.Core.Compat=io.sentio.function.testing.crac",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                LambdaRuntimeSimulation.class.getName(), "io.sentio.function.ApiHandler", mode));
        Path stderrFile = dir.resolve("stderr-" + System.nanoTime() + ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderrFile.toFile());
        builder.environment().remove("MODEL_URI");
        builder.environment().putAll(env);
        builder.environment().put("AWS_EMF_ENVIRONMENT", "Local");
        Process process = builder.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stderr = java.nio.file.Files.readString(stderrFile);
        List<JsonNode> lines = Arrays.stream(stdout.split("\n")).filter(l -> l.startsWith("{")).map(Fixtures::json)
                .toList();
        return new Run(process.exitValue(), lines, stderr);
    }
}
