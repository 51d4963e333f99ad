package io.sentio.function.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.core.testing.TestBundles;
import io.sentio.function.testing.RuntimeApiFixture;
import io.sentio.function.testing.RuntimeClientProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The scoring function in the built {@code function.jar} under Lambda's runtime interface client,
 * with a multi-label model from S3: the shaded jar's multi-label model classes and its S3 reads and
 * (multipart) writes take part, which the unit tests on Maven's class path cannot show.
 */
class ScoreHandlerRuntimeClientIT {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static RuntimeClientProcess lambda;

    @BeforeAll
    static void startTheScoringFunctionInTheRuntimeClient() throws Exception {
        lambda = RuntimeClientProcess.withModelFromS3("io.sentio.function.score.ScoreHandler::handleRequest",
                TestBundles.genres(), "genres", dir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (lambda != null) {
            lambda.close();
        }
    }

    @Test
    void scoresAPartAndARowBatchWithAMultiLabelModelAndSummarisesBoth() throws Exception {
        lambda.s3().client().putObject(b -> b.bucket(lambda.bucket()).key("in/a.csv"), RequestBody.fromString(
                "id,text\n1,A detective hunts a killer through the city\n2,\n3,Two friends fall in love on a road trip\n",
                StandardCharsets.UTF_8));

        JsonNode part = invoke(Map.of(
                "Items", List.of(Map.of("Key", "in/a.csv", "Size", 10, "Etag", "\"x\"",
                        "LastModified", "2026-12-01T00:00:00Z")),
                "BatchInput", Map.of("input", uri("in/"), "output", uri("out/"), "overwrite", false)));
        JsonNode rows = invoke(Map.of(
                "Items", List.of(Map.of("index", 0, "row", Map.of("text", "Aliens invade the earth")),
                        Map.of("index", 1, "row", Map.of("text", ""))),
                "BatchInput", Map.of("file", uri("in/big.csv"), "format", "csv", "output", uri("out/"),
                        "overwrite", false)));
        JsonNode summary = invoke(Map.of("action", "summarise", "output", uri("out/")));

        assertThat(part.get("rows").asLong()).isEqualTo(3);
        assertThat(part.get("scored").asLong()).isEqualTo(2);
        assertThat(rows.get("rows").asLong()).isEqualTo(2);
        assertThat(summary.get("rows").asLong()).isEqualTo(5);
        assertThat(summary.get("scored").asLong()).isEqualTo(3);
        List<JsonNode> lines = lines("out/a.jsonl");
        assertThat(lines).extracting(line -> line.get("id").asText()).containsExactly("1", "2", "3");
        assertThat(lines.get(0).get("labels").isArray()).as(lines.get(0).toString()).isTrue();
        assertThat(lines.get(1).get("error").asText()).isEqualTo("empty");
        assertThat(lines("out/big-000000000001.jsonl")).hasSize(2);
        assertThat(lambda.output()).doesNotContain("\tat ").doesNotContainPattern(" (ERROR|WARN) ");
    }

    private static JsonNode invoke(Map<String, Object> event) throws Exception {
        RuntimeApiFixture.Answer answer = lambda.runtimeApi().invoke(JSON.writeValueAsString(event), ANSWER_TIMEOUT,
                lambda::isAlive);
        assertThat(answer.error()).as("%s%n%s", answer.body(), lambda.tail()).isFalse();
        return JSON.readTree(answer.body());
    }

    private static String uri(String key) {
        return "s3://" + lambda.bucket() + "/" + key;
    }

    private static List<JsonNode> lines(String key) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        String text = lambda.s3().client().getObjectAsBytes(b -> b.bucket(lambda.bucket()).key(key)).asUtf8String();
        for (String line : text.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }
}
