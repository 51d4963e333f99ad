package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.store.ModelStore;
import io.sentio.core.store.ModelStores;
import io.sentio.core.store.S3Clients;
import io.sentio.core.testing.S3TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** Train from s3://, publish to s3://, predict from s3://…@live — against a real S3-compatible server. */
class SentioCliOnS3Test {
    @RegisterExtension
    static final S3TestServer S3 = new S3TestServer();

    @TempDir
    Path work;

    @Test
    void trainsFromS3PublishesToS3AndPredictsThroughTheAlias() throws Exception {
        String bucket = S3.newBucket();
        S3.client().putObject(b -> b.bucket(bucket).key("data/reviews.csv.gz"),
                RequestBody.fromFile(Path.of(SentioCliTest.fixture())));
        Map<String, String> env = S3.environment();
        Path model = work.resolve("model");

        CliRun train = CliRun.run(env, "train", "--data", "s3://" + bucket + "/data/reviews.csv.gz",
                "--out", model.toString(), "--epochs", "2", "--quiet");
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(Files.readString(model.resolve("manifest.json"))).contains("s3://" + bucket + "/data/reviews.csv.gz");

        String store = "s3://" + bucket + "/models/reviews";
        CliRun publish = CliRun.run(env, "publish", "--model", model.toString(), "--store", store, "--alias", "live");
        assertThat(publish.exitCode()).as(publish.err()).isZero();
        assertThat(publish.out().strip()).isEqualTo("1");

        CliRun predict = CliRun.run(env, "predict", "--model", store + "@live", "--text", "Love it, perfect fit!");
        assertThat(predict.exitCode()).as(predict.err()).isZero();
        assertThat(predict.out()).startsWith("positive");

        ModelStore written = new ModelStores(() -> S3Clients.create(env), Clock.systemUTC()).open(store);
        assertThat(written.versions()).containsExactly(1);
        assertThat(written.alias("live")).get().satisfies(a -> {
            assertThat(a.version()).isEqualTo(1);
            assertThat(a.reason()).isEqualTo("published");
        });
    }

    @Test
    void unknownBucketIsOneClearError() {
        CliRun run = CliRun.run(S3.environment(), "predict", "--model", "s3://no-such-bucket-xyz/models/r@live",
                "--text", "hi");

        assertThat(run.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(run.err()).startsWith("error: ").contains("no-such-bucket-xyz").doesNotContain("\tat ");
    }
}
