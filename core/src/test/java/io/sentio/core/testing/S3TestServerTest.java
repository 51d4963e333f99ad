package io.sentio.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.store.S3Clients;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

class S3TestServerTest {
    @RegisterExtension
    static final S3TestServer S3 = new S3TestServer();

    @Test
    void theEndpointIsPlainHttpOnLocalhost() {
        assertThat(S3.endpoint()).matches("http://localhost:\\d+");
    }

    @Test
    void theEnvironmentPointsTheStandardAwsVariablesAtTheServer() {
        Map<String, String> env = S3.environment();

        assertThat(env).containsOnlyKeys("AWS_ENDPOINT_URL_S3", "AWS_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
        assertThat(env).containsEntry("AWS_ENDPOINT_URL_S3", S3.endpoint());
    }

    @Test
    void theClientAndAProductionBuiltClientSeeTheSameObjects() {
        String bucket = S3.createBucket("fixture-check");
        S3.client().putObject(b -> b.bucket(bucket).key("a/b.txt"), RequestBody.fromString("hello"));

        try (S3Client production = S3Clients.create(S3.environment())) {
            assertThat(production.getObjectAsBytes(b -> b.bucket(bucket).key("a/b.txt")).asUtf8String())
                    .isEqualTo("hello");
        }
    }

    @Test
    void creatingABucketTwiceIsFine() {
        assertThat(S3.createBucket("twice")).isEqualTo("twice");
        assertThat(S3.createBucket("twice")).isEqualTo("twice");
        assertThat(S3.client().listBuckets().buckets()).extracting(b -> b.name()).contains("twice");
    }

    @Test
    void newBucketsAreDistinctAndExist() {
        String first = S3.newBucket();
        String second = S3.newBucket();

        assertThat(first).isNotEqualTo(second);
        assertThat(S3.client().listBuckets().buckets()).extracting(b -> b.name()).contains(first, second);
    }

    @Test
    void everyInstanceSharesTheOneServer() {
        assertThat(new S3TestServer().endpoint()).isEqualTo(S3.endpoint());
    }
}
