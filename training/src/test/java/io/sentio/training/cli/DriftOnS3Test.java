package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.json.Json;
import io.sentio.core.testing.S3TestServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** {@code drift --model s3://…@live --data s3://…}: the live model checked against data in S3. */
class DriftOnS3Test {
    @RegisterExtension
    static final S3TestServer S3 = new S3TestServer();

    @TempDir
    Path work;

    @Test
    void checksDataInS3AgainstThePublishedModelsBaseline() throws Exception {
        String bucket = S3.newBucket();
        S3.client().putObject(b -> b.bucket(bucket).key("incoming/reviews.csv.gz"),
                RequestBody.fromFile(Path.of(SentioCliTest.fixture())));
        Map<String, String> env = S3.environment();
        Path model = work.resolve("model");
        String store = "s3://" + bucket + "/models/reviews";
        assertThat(CliRun.run(env, "train", "--data", SentioCliTest.fixture(), "--out", model.toString(), "--epochs",
                "2", "--quiet").exitCode()).isZero();
        assertThat(CliRun.run(env, "publish", "--model", model.toString(), "--store", store, "--alias", "live")
                .exitCode()).isZero();

        CliRun run = CliRun.run(env, "drift", "--model", store + "@live", "--data",
                "s3://" + bucket + "/incoming/reviews.csv.gz", "--json", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isIn(SentioCli.OK, SentioCli.DRIFT);
        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(report.get("version").asText()).isEqualTo("1");
        assertThat(report.get("texts").asInt()).isGreaterThan(1000);
        assertThat(report.get("signals").has("unknown_term_share")).isTrue();
    }
}
