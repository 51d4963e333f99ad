package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.json.Json;
import io.sentio.core.testing.S3TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** {@code drift --model s3://…@live --data s3://…}: the live model checked against data in S3. */
class DriftOnS3Test {
    @RegisterExtension
    static final S3TestServer S3 = new S3TestServer();

    @TempDir
    static Path work;
    static String bucket;
    static String store;
    static Map<String, String> env;

    @BeforeAll
    static void publishALiveModel() {
        bucket = S3.newBucket();
        env = S3.environment();
        Path model = work.resolve("model");
        store = "s3://" + bucket + "/models/reviews";
        assertThat(CliRun.run(env, "train", "--data", SentioCliTest.fixture(), "--out", model.toString(), "--epochs",
                "2", "--quiet").exitCode()).isZero();
        assertThat(CliRun.run(env, "publish", "--model", model.toString(), "--store", store, "--alias", "live")
                .exitCode()).isZero();
    }

    @Test
    void checksDataInS3AgainstThePublishedModelsBaseline() throws Exception {
        S3.client().putObject(b -> b.bucket(bucket).key("incoming/reviews.csv.gz"),
                RequestBody.fromFile(Path.of(SentioCliTest.fixture())));

        CliRun run = CliRun.run(env, "drift", "--model", store + "@live", "--data",
                "s3://" + bucket + "/incoming/reviews.csv.gz", "--json", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isIn(SentioCli.OK, SentioCli.DRIFT);
        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(report.get("version").asText()).isEqualTo("1");
        assertThat(report.get("texts").asInt()).isGreaterThan(1000);
        assertThat(report.get("signals").has("unknown_term_share")).isTrue();
    }

    @Test
    void checksAnUnlabelledPrefixOfGzipParts() throws Exception {
        List<String> texts = UnlabelledFiles.texts(Path.of(SentioCliTest.fixture()), "Title", "Review Text");
        Path parts = UnlabelledFiles.parts(texts, work.resolve("week-48"), 2);
        try (Stream<Path> files = Files.list(parts)) {
            for (Path part : files.toList()) {
                S3.client().putObject(b -> b.bucket(bucket).key("backlog/week-48/" + part.getFileName()),
                        RequestBody.fromFile(part));
            }
        }

        CliRun fromS3 = CliRun.run(env, "drift", "--model", store + "@live", "--data",
                "s3://" + bucket + "/backlog/week-48/", "--json", "--quiet");
        CliRun local = CliRun.run(env, "drift", "--model", store + "@live", "--data", parts.toString(), "--json",
                "--quiet");

        assertThat(fromS3.exitCode()).as(fromS3.err()).isIn(SentioCli.OK, SentioCli.DRIFT);
        JsonNode report = Json.mapper().readTree(fromS3.out());
        assertThat(report.get("labelled").asBoolean()).isFalse();
        assertThat(report.get("signals").has("macro_f1")).isFalse();
        assertThat(report.get("texts").asInt()).isGreaterThan(1000);
        assertThat(report.get("signals")).isEqualTo(Json.mapper().readTree(local.out()).get("signals"));
    }
}
