package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.contract.TrainingMetric;
import io.sentio.core.json.Json;
import io.sentio.core.model.GateDecision;
import io.sentio.core.store.ModelStore;
import io.sentio.core.store.ModelStores;
import io.sentio.core.store.S3Clients;
import io.sentio.core.testing.S3TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * {@code sentio retrain} end to end against a real S3-compatible server: data read from a bucket,
 * candidate trained, gated, stored and promoted there, the result record and the EMF metrics checked
 * as a machine would read them.
 */
class RetrainOnS3Test {
    @RegisterExtension
    static final S3TestServer S3 = new S3TestServer();

    @TempDir
    Path work;

    String bucket;
    String store;
    Map<String, String> env;

    @BeforeEach
    void uploadTheReviews() {
        bucket = S3.newBucket();
        store = "s3://" + bucket + "/models/reviews";
        env = S3.environment();
        ReviewFiles files = ReviewFiles.writeTo(work);
        upload("data/reviews.csv.gz", Path.of(SentioCliTest.fixture()));
        upload("data/train.csv", files.train());
        upload("data/holdout.csv", files.holdout());
        upload("data/shuffled-train.csv", files.shuffledTrain());
    }

    private void upload(String key, Path file) {
        S3.client().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file));
    }

    private String data(String key) {
        return "s3://" + bucket + "/data/" + key;
    }

    private CliRun retrain(String... args) {
        List<String> all = new ArrayList<>(List.of("retrain", "--store", store, "--epochs", "3"));
        all.addAll(List.of(args));
        return CliRun.run(env, all.toArray(String[]::new));
    }

    private ModelStore modelStore() {
        return new ModelStores(() -> S3Clients.create(env), Clock.systemUTC()).open(store);
    }

    private JsonNode latestRecord() throws IOException {
        return Json.mapper().readTree(modelStore().record("retrain/latest.json").orElseThrow());
    }

    /** The EMF lines of stdout, parsed. */
    private static List<JsonNode> emf(CliRun run) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (line.startsWith("{")) {
                JsonNode node = Json.mapper().readTree(line);
                if (node.has("_aws")) {
                    lines.add(node);
                }
            }
        }
        return lines;
    }

    @Test
    void retrainReadsFromS3TrainsGatesPublishesAndPromotes() throws Exception {
        Path config = work.resolve("retrain.yaml");
        Files.writeString(config, "data: " + data("reviews.csv.gz") + "\nstore: " + store
                + "\nalias: live\ngate-metric: macro_f1\ngate-tolerance: 0.0\nepochs: 3\nname: reviews\n");

        CliRun run = CliRun.run(env, "retrain", "--config", config.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(SentioCli.OK);
        ModelStore written = modelStore();
        assertThat(written.versions()).containsExactly(1);
        assertThat(written.resolve("live")).isEqualTo(1);
        GateDecision decision = written.manifest(1).orElseThrow().gate().orElseThrow();
        assertThat(decision.promoted()).isTrue();
        assertThat(decision.heldOutData()).startsWith("test split of " + data("reviews.csv.gz"));

        JsonNode record = latestRecord();
        assertThat(record.get("status").asText()).isEqualTo("promoted");
        assertThat(record.get("candidate_version").asInt()).isEqualTo(1);
        assertThat(record.has("live_version_before")).isFalse();
        assertThat(record.get("live_version_after").asInt()).isEqualTo(1);
        assertThat(record.get("metric").asText()).isEqualTo("macro_f1");
        assertThat(record.get("candidate_score").asDouble()).isEqualTo(decision.candidateScore());
        assertThat(record.has("live_score")).isFalse();
        assertThat(record.get("tolerance").asDouble()).isZero();
        assertThat(record.get("model_uri").asText()).isEqualTo(store + "@1");
        assertThat(record.get("data").asText()).isEqualTo(data("reviews.csv.gz"));
        assertThat(record.get("started_at").asText()).isNotBlank();
        assertThat(record.get("finished_at").asText()).isNotBlank();
        assertThat(record.get("message").asText()).contains("version 1 promoted to live");
        List<String> records = S3.client().listObjectsV2(b -> b.bucket(bucket).prefix("models/reviews/retrain/"))
                .contents().stream().map(o -> o.key()).toList();
        assertThat(records).hasSize(2).anySatisfy(k -> assertThat(k).matches(".*/retrain/\\d{8}T\\d{6}Z\\.json"));

        List<JsonNode> metrics = emf(run);
        assertThat(metrics).hasSize(1);
        JsonNode line = metrics.get(0);
        JsonNode directive = line.get("_aws").get("CloudWatchMetrics").get(0);
        assertThat(directive.get("Namespace").asText()).isEqualTo("Sentio");
        assertThat(directive.get("Dimensions").get(0).get(0).asText()).isEqualTo("Service");
        assertThat(directive.get("Metrics").findValuesAsText("Name")).as("every metric the contract declares")
                .containsExactlyInAnyOrder("RetrainAccuracy", "RetrainMacroF1", "RetrainRows", "RetrainSeconds",
                        "RetrainPromoted")
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(TrainingMetric.values()).map(TrainingMetric::metricName).toList());
        assertThat(line.get("Service").asText()).isEqualTo("sentio-training");
        assertThat(line.get("RetrainPromoted").asDouble()).isEqualTo(1);
        assertThat(line.get("RetrainRows").asDouble()).isEqualTo(1200);
        assertThat(line.get("RetrainMacroF1").asDouble()).isEqualTo(decision.candidateScore());
        assertThat(line.get("RetrainAccuracy").asDouble()).isBetween(0.5, 1.0);
        assertThat(line.get("RetrainSeconds").asDouble()).isPositive();

        for (String logLine : run.err().strip().split("\n")) {
            JsonNode log = Json.mapper().readTree(logLine);
            assertThat(log.get("level").asText()).isIn("INFO", "DEBUG");
            assertThat(log.get("message").asText()).isNotBlank();
        }
        assertThat(run.err()).contains("\"message\":\"retrain started\"", "\"status\":\"promoted\"");
        assertThat(run.out()).contains("status     promoted", "alias      live -> version 1 (was nowhere)");
    }

    @Test
    void aCandidateTrainedOnShuffledLabelsIsRefusedKeptAndLiveStays() throws Exception {
        CliRun good = retrain("--data", data("train.csv"), "--test-data", data("holdout.csv"));
        assertThat(good.exitCode()).as(good.err()).isEqualTo(SentioCli.OK);

        CliRun worse = retrain("--data", data("shuffled-train.csv"), "--test-data", data("holdout.csv"));

        assertThat(worse.exitCode()).as(worse.err()).isEqualTo(SentioCli.GATE_REFUSED);
        ModelStore written = modelStore();
        assertThat(written.versions()).containsExactly(1, 2);
        assertThat(written.resolve("live")).isEqualTo(1);
        GateDecision refused = written.manifest(2).orElseThrow().gate().orElseThrow();
        assertThat(refused.promoted()).isFalse();
        assertThat(refused.liveVersion()).contains(1);
        assertThat(refused.candidateScore()).isLessThan(refused.liveScore().orElseThrow());
        JsonNode record = latestRecord();
        assertThat(record.get("status").asText()).isEqualTo("refused");
        assertThat(record.get("candidate_version").asInt()).isEqualTo(2);
        assertThat(record.get("live_version_before").asInt()).isEqualTo(1);
        assertThat(record.get("live_version_after").asInt()).isEqualTo(1);
        assertThat(record.get("live_score").asDouble()).isEqualTo(refused.liveScore().orElseThrow());
        assertThat(emf(worse).get(0).get("RetrainPromoted").asDouble()).isZero();
        assertThat(worse.out()).contains("status     refused", "alias      live unchanged at version 1");
    }

    @Test
    void aFailingRetrainLeavesLiveUntouchedAndExitsOneWithOneClearLine() throws Exception {
        assertThat(retrain("--data", data("reviews.csv.gz")).exitCode()).isEqualTo(SentioCli.OK);

        CliRun run = retrain("--data", data("missing.csv"));

        assertThat(run.exitCode()).isEqualTo(SentioCli.FAILED);
        List<String> plain = run.err().lines().filter(l -> !l.startsWith("{")).toList();
        assertThat(plain).hasSize(1);
        assertThat(plain.get(0)).startsWith("error: ").contains("missing.csv");
        assertThat(run.err()).doesNotContain("\tat ").contains("\"level\":\"ERROR\"");
        assertThat(modelStore().versions()).containsExactly(1);
        assertThat(modelStore().resolve("live")).isEqualTo(1);
        JsonNode record = latestRecord();
        assertThat(record.get("status").asText()).isEqualTo("failed");
        assertThat(record.has("candidate_version")).isFalse();
        assertThat(record.get("live_version_before").asInt()).isEqualTo(1);
        assertThat(record.get("live_version_after").asInt()).isEqualTo(1);
        assertThat(record.get("message").asText()).contains("missing.csv");
        JsonNode metrics = emf(run).get(0);
        assertThat(metrics.get("RetrainPromoted").asDouble()).isZero();
        assertThat(metrics.has("RetrainMacroF1")).isFalse();
    }

    @Test
    void anUnreachableStoreFailsBeforeTraining() {
        store = "s3://no-such-bucket-for-sentio/models/reviews";

        CliRun run = retrain("--data", data("reviews.csv.gz"));

        assertThat(run.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(run.err()).contains("error: ", "no-such-bucket-for-sentio").doesNotContain("\tat ")
                .doesNotContain("training logistic");
    }

    @Test
    void dataAndStoreAreRequired() {
        CliRun run = CliRun.run(env, "retrain", "--store", store);

        assertThat(run.exitCode()).isEqualTo(SentioCli.USAGE);
        assertThat(run.err()).contains("Missing required option: '--data'", "SENTIO_DATA_URI");
    }

}
