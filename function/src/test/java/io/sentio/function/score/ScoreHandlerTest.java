package io.sentio.function.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.core.score.ScoreException;
import io.sentio.core.store.S3Clients;
import io.sentio.core.text.SentenceJoin;
import io.sentio.core.testing.S3TestServer;
import io.sentio.function.lifecycle.SyntheticContext;
import io.sentio.function.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The scoring Lambda's handler against a real S3-compatible server, fed the events the Distributed Map sends. */
class ScoreHandlerTest {
    @RegisterExtension
    static final S3TestServer S3 = new S3TestServer();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScoreHandler handler = new ScoreHandler(Fixtures.runtime(),
            () -> S3Clients.create(S3.environment()), Clock.systemUTC());

    @Test
    void scoresTheBatchOfPartsItIsGivenAndTheSummaryStepCountsThemAll() throws Exception {
        String bucket = S3.newBucket();
        put(bucket, "in/a.csv", "id,text\n1,Love it\n2,\n3,Awful\n".getBytes(StandardCharsets.UTF_8));
        put(bucket, "in/2024/b.jsonl.gz", gzip("{\"id\":\"x\",\"text\":\"So soft\"}\n[1]\n"));
        put(bucket, "in/_SUCCESS", new byte[0]);

        Map<String, Object> first = handler.handleRequest(batch(bucket, false, "in/a.csv", "in/_SUCCESS"), context());
        Map<String, Object> second = handler.handleRequest(batch(bucket, false, "in/2024/b.jsonl.gz"), context());

        assertThat(first).containsEntry("parts", 1).containsEntry("rows", 3L).containsEntry("scored", 2L)
                .containsEntry("ignored", List.of("_SUCCESS"));
        assertThat(first.get("errors")).isEqualTo(Map.of("empty", 1L));
        assertThat(second).containsEntry("parts", 1).containsEntry("rows", 2L);
        List<JsonNode> lines = lines(bucket, "out/a.jsonl");
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly("1", "2", "3");
        assertThat(lines.get(0).get("label").asText()).isEqualTo(Fixtures.runtime().classifier().predict("Love it").label());
        assertThat(lines.get(1).get("error").asText()).isEqualTo("empty");

        Map<String, Object> summary = handler.handleRequest(
                Map.of("action", "summarise", "output", "s3://" + bucket + "/out/"), context());

        assertThat(summary).containsEntry("parts", 2).containsEntry("rows", 5L).containsEntry("scored", 3L)
                .containsEntry("summary", "s3://" + bucket + "/out/_summary.json");
        assertThat(keys(bucket, "out/")).containsExactly("out/2024/b.jsonl.gz", "out/_parts/2024/b.json",
                "out/_parts/a.json", "out/_summary.json", "out/a.jsonl");
        JsonNode written = JSON.readTree(S3.client().getObjectAsBytes(b -> b.bucket(bucket).key("out/_summary.json"))
                .asByteArray());
        assertThat(written.get("errors").get("malformed").asLong()).isEqualTo(1);
        assertThat(written.get("model").get("sha256").asText())
                .isEqualTo(Fixtures.runtime().manifest().modelSha256());
    }

    @Test
    void aRetriedBatchSkipsPartsAlreadyCompleteUnlessOverwriteIsAsked() {
        String bucket = S3.newBucket();
        put(bucket, "in/a.txt", "Love it\n".getBytes(StandardCharsets.UTF_8));
        handler.handleRequest(batch(bucket, false, "in/a.txt"), context());

        assertThat(handler.handleRequest(batch(bucket, false, "in/a.txt"), context()))
                .containsEntry("parts", 0).containsEntry("skipped", 1);
        assertThat(handler.handleRequest(batch(bucket, true, "in/a.txt"), context()))
                .containsEntry("parts", 1).containsEntry("skipped", 0);
    }

    @Test
    void anUnreadablePartFailsTheInvocationAndLeavesNoOutput() {
        String bucket = S3.newBucket();
        put(bucket, "in/broken.csv", "id,text\n1,\"never closed\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> handler.handleRequest(batch(bucket, false, "in/broken.csv"), context()))
                .isInstanceOf(ScoreException.class).hasMessageContaining("broken.csv: malformed CSV at line");
        assertThatThrownBy(() -> handler.handleRequest(batch(bucket, false, "in/missing.csv"), context()))
                .isInstanceOf(ScoreException.class).hasMessageContaining("no such S3 object: s3://" + bucket + "/in/missing.csv");
        assertThat(keys(bucket, "out/")).isEmpty();
    }

    @Test
    void eventsThatAreNotFromTheStateMachineAreRefusedClearly() {
        assertThatThrownBy(() -> handler.handleRequest(Map.of("input", "s3://b/in/"), context()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("expected {\"Items\"");
        Map<String, Object> wrongOutput = Map.of("Items", List.of(Map.of("Key", "in/a.csv")),
                "BatchInput", Map.of("input", "s3://b/in/", "output", "/tmp/out"));
        assertThatThrownBy(() -> handler.handleRequest(wrongOutput, context()))
                .hasMessage("\"output\" must be an s3://bucket/prefix/ URI; got /tmp/out");
        Map<String, Object> outside = Map.of("Items", List.of(Map.of("Key", "elsewhere/a.csv")),
                "BatchInput", Map.of("input", "s3://b/in/", "output", "s3://b/out/"));
        assertThatThrownBy(() -> handler.handleRequest(outside, context()))
                .hasMessage("item elsewhere/a.csv is not under the input prefix s3://b/in/");
    }

    @Test
    void thePlanStepKeepsExecutionsToTheDeployedPrefixesAndTellsTheMapWhereToList() {
        ScoreHandler scoped = new ScoreHandler(Fixtures.runtime(), () -> S3Clients.create(S3.environment()),
                Clock.systemUTC(), ScoringScope.fromEnvironment(Map.of(ScoringScope.INPUT_VARIABLE,
                        "s3://data/backlog/in/", ScoringScope.OUTPUT_VARIABLE, "s3://data/backlog/out/")));

        assertThat(scoped.handleRequest(Map.of("action", "plan", "execution", Map.of("input",
                "s3://data/backlog/in/2026-12", "output", "s3://data/backlog/out/2026-12/", "overwrite", true)),
                context()))
                .containsExactly(Map.entry("shape", "prefix"), Map.entry("bucket", "data"),
                        Map.entry("inputPrefix", "backlog/in/2026-12/"),
                        Map.entry("input", "s3://data/backlog/in/2026-12/"),
                        Map.entry("output", "s3://data/backlog/out/2026-12/"), Map.entry("overwrite", true));
        assertThatThrownBy(() -> scoped.handleRequest(Map.of("action", "plan", "execution",
                Map.of("input", "s3://data/private/", "output", "s3://data/backlog/out/x/")), context()))
                .hasMessage("the input s3://data/private/ must lie under s3://data/backlog/in/ (the prefix this "
                        + "deployment may use)");
        assertThatThrownBy(() -> handler.handleRequest(Map.of("action", "plan", "input", "s3://b/in/",
                "output", "s3://b/in/out/"), context()))
                .hasMessage("the output s3://b/in/out/ and the input s3://b/in/ must not contain one another");
        assertThatThrownBy(() -> handler.handleRequest(Map.of("action", "plan", "execution",
                Map.of("output", "s3://b/out/")), context()))
                .hasMessage("\"input\" must be an s3://bucket/prefix/ URI; got null");
    }

    @Test
    void aLargeCsvFileIsScoredBatchByBatchIntoPartsThatConcatenateInInputOrder() throws Exception {
        String bucket = S3.newBucket();
        String file = "s3://" + bucket + "/in/big.csv";
        List<Map<String, Object>> csv = List.of(
                Map.of("Title", "Great", "Review Text", "Love it"),
                Map.of("Title", "", "Review Text", ""),
                Map.of("Title", "Meh", "Review Text", "Awful fit"),
                Map.of("Title", "Nice", "Review Text", "So soft"),
                Map.of("Title", "Ok", "Review Text", "Fine"));

        // Batches may finish in any order: the second first.
        Map<String, Object> second = handler.handleRequest(rows(bucket, file, "csv", false, 3, csv.subList(3, 5)),
                context());
        Map<String, Object> first = handler.handleRequest(rows(bucket, file, "csv", false, 0, csv.subList(0, 3)),
                context());

        assertThat(first).containsEntry("parts", 1).containsEntry("firstRow", 1L).containsEntry("rows", 3L)
                .containsEntry("scored", 2L).containsEntry("errors", Map.of("empty", 1L));
        assertThat(second).containsEntry("firstRow", 4L).containsEntry("rows", 2L);
        assertThat(keys(bucket, "out/")).containsExactly("out/_parts/big-000000000001.json",
                "out/_parts/big-000000000004.json", "out/big-000000000001.jsonl", "out/big-000000000004.jsonl");
        List<JsonNode> lines = new ArrayList<>(lines(bucket, "out/big-000000000001.jsonl"));
        lines.addAll(lines(bucket, "out/big-000000000004.jsonl"));
        assertThat(lines).extracting(l -> l.get("id").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(lines.get(0).get("label").asText()).isEqualTo(
                Fixtures.runtime().classifier().predict(SentenceJoin.join(List.of("Great",
                        "Love it"))).label());
        assertThat(lines.get(1).get("error").asText()).isEqualTo("empty");

        Map<String, Object> summary = handler.handleRequest(
                Map.of("action", "summarise", "output", "s3://" + bucket + "/out/"), context());
        assertThat(summary).containsEntry("parts", 2).containsEntry("rows", 5L).containsEntry("scored", 4L);
    }

    @Test
    void jsonLinesRowsKeepTheirIdsAndAValueThatIsNoObjectIsMalformed() throws Exception {
        String bucket = S3.newBucket();
        List<Object> jsonl = List.of(Map.of("id", 41, "text", "Love it"), List.of(1, 2),
                Map.of("id", "x-7", "text", "Awful"), Map.of("body", "no text field"));

        Map<String, Object> done = handler.handleRequest(
                rows(bucket, "s3://" + bucket + "/in/big.jsonl", "jsonl", false, 0, jsonl), context());

        assertThat(done).containsEntry("rows", 4L).containsEntry("scored", 2L)
                .containsEntry("errors", Map.of("malformed", 2L));
        List<JsonNode> lines = lines(bucket, "out/big-000000000001.jsonl");
        assertThat(lines).extracting(l -> l.get("id").toString()).containsExactly("41", "2", "\"x-7\"", "4");
        assertThat(lines).extracting(l -> l.has("error")).containsExactly(false, true, false, true);
    }

    @Test
    void aRetriedRowBatchIsSkippedWhenCompleteAndAFileWithoutATextColumnFailsClearly() {
        String bucket = S3.newBucket();
        String file = "s3://" + bucket + "/in/big.csv";
        List<Map<String, Object>> csv = List.of(Map.of("text", "Love it"));
        handler.handleRequest(rows(bucket, file, "csv", false, 0, csv), context());

        assertThat(handler.handleRequest(rows(bucket, file, "csv", false, 0, csv), context()))
                .containsEntry("parts", 0).containsEntry("skipped", 1);
        assertThat(handler.handleRequest(rows(bucket, file, "csv", true, 0, csv), context()))
                .containsEntry("parts", 1).containsEntry("skipped", 0);
        assertThatThrownBy(() -> handler.handleRequest(rows(bucket, file, "csv", false, 10,
                List.of(Map.of("body", "x", "stars", "5"))), context()))
                .isInstanceOf(ScoreException.class)
                .hasMessageContaining("cannot tell which column of " + file + " holds the text");
        assertThat(keys(bucket, "out/")).doesNotContain("out/big-000000000011.jsonl");
    }

    @Test
    void thePlanTellsAFileFromAPrefixAndRefusesFilesTheMapCannotRead() {
        assertThat(handler.handleRequest(Map.of("action", "plan", "input", "s3://b/in/2026/big.csv",
                "output", "s3://b/out/big/"), context()))
                .containsExactly(Map.entry("shape", "file"), Map.entry("bucket", "b"),
                        Map.entry("key", "in/2026/big.csv"), Map.entry("format", "csv"),
                        Map.entry("input", "s3://b/in/2026/big.csv"), Map.entry("output", "s3://b/out/big/"),
                        Map.entry("overwrite", false));
        assertThat(handler.handleRequest(Map.of("action", "plan", "input", "s3://b/in/big.ndjson",
                "output", "s3://b/out/"), context())).containsEntry("format", "jsonl");
        assertThatThrownBy(() -> handler.handleRequest(Map.of("action", "plan", "input", "s3://b/in/big.csv.gz",
                "output", "s3://b/out/"), context()))
                .hasMessageStartingWith("a single file is read row by row by Step Functions, which takes an "
                        + "uncompressed .csv or .jsonl/.ndjson");
    }

    private static Map<String, Object> rows(String bucket, String file, String format, boolean overwrite,
            int firstIndex, List<?> rows) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            items.add(Map.of("index", firstIndex + i, "row", rows.get(i)));
        }
        return Map.of("Items", items, "BatchInput", Map.of("file", file, "format", format,
                "output", "s3://" + bucket + "/out/", "overwrite", overwrite));
    }

    private static Map<String, Object> batch(String bucket, boolean overwrite, String... keys) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String key : keys) {
            items.add(Map.of("Key", key, "Size", 10, "Etag", "\"x\"", "LastModified", "2026-12-01T00:00:00Z"));
        }
        return Map.of("Items", items, "BatchInput", Map.of("input", "s3://" + bucket + "/in/",
                "output", "s3://" + bucket + "/out/", "overwrite", overwrite));
    }

    private static SyntheticContext context() {
        return new SyntheticContext("score-test", "sentio-score");
    }

    private static void put(String bucket, String key, byte[] bytes) {
        S3.client().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
    }

    private static List<String> keys(String bucket, String prefix) {
        return S3.client().listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key).sorted().toList();
    }

    private static List<JsonNode> lines(String bucket, String key) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : S3.client().getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
