package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.model.BundleDirectory;
import io.sentio.core.store.ModelStores;
import io.sentio.core.store.S3Clients;
import io.sentio.core.testing.S3TestServer;
import io.sentio.core.testing.TestBundles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** {@code sentio score} with the model, the backlog and the results all in S3, on a real S3-compatible server. */
class ScoreCommandOnS3Test {
    @RegisterExtension
    static final S3TestServer S3 = new S3TestServer();

    @TempDir
    Path work;

    @Test
    void scoresAnS3PrefixWithAStoredModelIntoAnS3Prefix() throws Exception {
        String bucket = S3.newBucket();
        Map<String, String> env = S3.environment();
        Path bundle = work.resolve("model");
        BundleDirectory.write(TestBundles.sentiment(), bundle);
        String store = "s3://" + bucket + "/models/reviews";
        var modelStore = new ModelStores(() -> S3Clients.create(env), Clock.systemUTC()).open(store);
        modelStore.moveAlias("live", modelStore.publish(BundleDirectory.read(bundle)), "test", "published");
        S3.client().putObject(b -> b.bucket(bucket).key("backlog/in/a.csv"),
                RequestBody.fromString("id,text\n1,Love it\n2,Hate it\n"));

        CliRun run = CliRun.run(env, "score", "--model", store + "@live", "--data", "s3://" + bucket + "/backlog/in/",
                "--out", "s3://" + bucket + "/backlog/out/");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String lines = S3.client().getObjectAsBytes(b -> b.bucket(bucket).key("backlog/out/a.jsonl"))
                .asString(StandardCharsets.UTF_8);
        assertThat(lines.lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"label\""));
        assertThat(S3.client().getObjectAsBytes(b -> b.bucket(bucket).key("backlog/out/_summary.json"))
                .asString(StandardCharsets.UTF_8)).contains("\"version\" : \"1\"");
        assertThat(run.out()).contains("model test-reviews version 1");
    }
}
