package io.sentio.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import io.sentio.core.model.Sha256;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** s3:// inputs against a real S3-compatible server (S3Mock, in-process); one client and bucket for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3InputTest {
    @RegisterExtension
    static final S3MockExtension S3 = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private final AtomicInteger clientsMade = new AtomicInteger();
    private S3Client s3;
    private String bucket;
    private DataSources sources;

    @BeforeAll
    void startClient() {
        s3 = S3Client.builder()
                .endpointOverride(URI.create(S3.getServiceEndpoint()))
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        bucket = "data-" + UUID.randomUUID();
        s3.createBucket(b -> b.bucket(bucket));
    }

    @BeforeEach
    void newOpener() {
        clientsMade.set(0);
        sources = new DataSources(new InputOpener(() -> {
            clientsMade.incrementAndGet();
            return s3;
        }));
    }

    @AfterAll
    void closeClient() {
        s3.close();
    }

    @Test
    void aGzippedCsvObjectIsRecognisedAndHashedOverItsUncompressedBytes(@TempDir Path dir) throws IOException {
        byte[] csv = Fixtures.bytes("earphone_reviews.csv");
        put("reviews/earphones.csv.gz", Files.readAllBytes(Fixtures.gzip(csv, dir.resolve("e.gz"))));
        RecordingSink sink = new RecordingSink();

        DataSource source = sources.open("s3://" + bucket + "/reviews/earphones.csv.gz", LoadOptions.defaults());
        ReadSummary summary = source.read(sink);

        assertThat(source.format()).isEqualTo("review-csv");
        assertThat(summary).isEqualTo(new ReadSummary(4, Sha256.hex(csv)));
        assertThat(sink.labels()).containsExactly("neutral", "negative", "positive", "positive");
        assertThat(clientsMade).hasValue(1);
    }

    @Test
    void anAclImdbTarGzObjectIsStreamed(@TempDir Path dir) throws IOException {
        put("tar/aclImdb.tar.gz", Files.readAllBytes(AclImdbTrees.writeTar(dir.resolve("a.tar.gz"), AclImdbTrees.MINI, true)));
        RecordingSink sink = new RecordingSink();

        DataSource source = sources.open("s3://" + bucket + "/tar/aclImdb.tar.gz", LoadOptions.defaults());
        ReadSummary summary = source.read(sink);

        assertThat(source.layout()).startsWith("aclImdb tar archive");
        assertThat(summary.rowsRead()).isEqualTo(7);
        assertThat(sink.accepted).hasSize(5);
    }

    @Test
    void anAclImdbTreeUnderAPrefixIsReadAsADirectory() {
        AclImdbTrees.MINI.forEach((name, text) -> put("imdb/aclImdb/" + name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        RecordingSink sink = new RecordingSink();

        DataSource source = sources.open("s3://" + bucket + "/imdb/aclImdb", LoadOptions.defaults());
        ReadSummary summary = source.read(sink);

        assertThat(source.layout()).startsWith("aclImdb directory");
        assertThat(summary.rowsRead()).isEqualTo(7);
        assertThat(sink.labels()).containsExactly("negative", "positive", "positive", "negative", "positive");
        assertThat(sink.skipped).isEqualTo(Map.of("bad_file_name", 1L, "empty_text", 1L));
    }

    @Test
    void aPrefixThatIsNotAnAclImdbTreeIsRefusedNamingWhatIsMissing() {
        AclImdbTrees.without("train/neg").forEach((name, text) -> put("not-imdb/" + name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> sources.open("s3://" + bucket + "/not-imdb/", LoadOptions.defaults()))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("not an aclImdb directory: missing train/neg in s3://" + bucket + "/not-imdb/");
    }

    @Test
    void aMissingObjectOrBucketIsADataFormatErrorNamingIt() {
        String missingKey = "s3://" + bucket + "/nope/reviews.csv";
        String missingBucket = "s3://no-such-bucket-" + UUID.randomUUID() + "/reviews.csv";

        assertThatThrownBy(() -> sources.open(missingKey, LoadOptions.defaults()))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("no such S3 object or prefix: " + missingKey);
        assertThatThrownBy(() -> sources.open(missingBucket, LoadOptions.defaults()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining(missingBucket);
    }

    @Test
    void anObjectLargerThanTheLayoutCheckReadsToTheEnd() throws IOException {
        // The layout check reads the first 64 KiB and aborts that stream; the read opens it anew.
        java.io.ByteArrayOutputStream big = new java.io.ByteArrayOutputStream();
        big.write("Title,Review Text,Rating\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 0; i < 20_000; i++) {
            big.write(("Fine,Nice enough " + i + ",4\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        put("big/reviews.csv", big.toByteArray());
        RecordingSink sink = new RecordingSink();

        ReadSummary summary = sources.open("s3://" + bucket + "/big/reviews.csv", LoadOptions.defaults()).read(sink);

        assertThat(summary).isEqualTo(new ReadSummary(20_000, Sha256.hex(big.toByteArray())));
        assertThat(sink.accepted).hasSize(20_000);
    }

    private void put(String key, byte[] bytes) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
    }
}
