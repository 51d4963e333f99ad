package io.sentio.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.core.store.S3Clients;
import io.sentio.core.testing.S3TestServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Object;

/** A prefix of parts in S3 scored into another prefix, against a real S3-compatible server. */
class BacklogOnS3Test {
    @RegisterExtension
    static final S3TestServer S3 = new S3TestServer();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void scoresAnS3PrefixIntoAnS3PrefixAndResumes() throws Exception {
        String bucket = S3.newBucket();
        S3.client().putObject(b -> b.bucket(bucket).key("in/p-0001.csv"), RequestBody.fromString("id,text\n1,Love it\n2,Awful\n"));
        S3.client().putObject(b -> b.bucket(bucket).key("in/p-0002.txt.gz"),
                RequestBody.fromBytes(RowReadersTest.gzip("Great\n\n")));
        Locations locations = new Locations(() -> S3Clients.create(S3.environment()));

        Locations.Input input = locations.input("s3://" + bucket + "/in");
        assertThat(input.prefix()).isTrue();
        assertThat(input.parts()).containsExactly("p-0001.csv", "p-0002.txt.gz");
        Locations.Output output = locations.output("s3://" + bucket + "/out/", input.prefix());
        Backlog.Run run = BacklogTest.backlog(false).scoreAll(input.location(), input.parts(), output.location());

        assertThat(keys(bucket, "out/")).containsExactly("out/_parts/p-0001.json", "out/_parts/p-0002.json",
                "out/_summary.json", "out/p-0001.jsonl", "out/p-0002.jsonl.gz");
        assertThat(lines(bucket, "out/p-0001.jsonl")).extracting(l -> l.get("id").asText()).containsExactly("1", "2");
        List<JsonNode> second = lines(bucket, "out/p-0002.jsonl.gz");
        assertThat(second.get(1).get("error").asText()).isEqualTo("empty");
        assertThat(run.summary().rows()).isEqualTo(4);
        assertThat(run.summary().output()).isEqualTo("s3://" + bucket + "/out/");

        Backlog.Run again = BacklogTest.backlog(false).scoreAll(input.location(), input.parts(), output.location());
        assertThat(again.scored()).isEmpty();
        assertThat(again.skipped()).hasSize(2);
        assertThat(again.summary().rows()).isEqualTo(4);
    }

    @Test
    void aSingleObjectCanBeScoredIntoASingleObject() throws Exception {
        String bucket = S3.newBucket();
        S3.client().putObject(b -> b.bucket(bucket).key("backlog.jsonl"), RequestBody.fromString("{\"text\":\"Nice\"}\n"));
        Locations locations = new Locations(() -> S3Clients.create(S3.environment()));
        Locations.Input input = locations.input("s3://" + bucket + "/backlog.jsonl");
        assertThat(input.prefix()).isFalse();
        Locations.Output output = locations.output("s3://" + bucket + "/results/backlog.jsonl.gz", false);
        BacklogTest.backlog(false).scorePart(input.location(), input.parts().get(0), output.location(), output.name(),
                java.util.Optional.empty());
        assertThat(lines(bucket, "results/backlog.jsonl.gz")).hasSize(1);
    }

    @Test
    void missingObjectsAndBucketsAreOneClearError() {
        String bucket = S3.newBucket();
        Locations locations = new Locations(() -> S3Clients.create(S3.environment()));
        assertThatThrownBy(() -> locations.input("s3://" + bucket + "/nothing-here"))
                .isInstanceOf(ScoreException.class).hasMessage("no such S3 object or prefix: s3://" + bucket + "/nothing-here");
        assertThatThrownBy(() -> locations.input("s3://no-such-bucket-score/in/"))
                .isInstanceOf(ScoreException.class).hasMessageContaining("s3://no-such-bucket-score/");
    }

    private static List<String> keys(String bucket, String prefix) {
        return S3.client().listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key).sorted().toList();
    }

    private static List<JsonNode> lines(String bucket, String key) throws Exception {
        try (InputStream raw = S3.client().getObject(b -> b.bucket(bucket).key(key));
             InputStream in = key.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return PartScorerTest.lines(bytes);
        }
    }
}
