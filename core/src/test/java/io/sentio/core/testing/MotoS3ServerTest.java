package io.sentio.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Exception;

class MotoS3ServerTest {
    @RegisterExtension
    static final MotoS3Server MOTO = new MotoS3Server();

    @Test
    void theEndpointIsPlainHttpOnTheLoopbackInterface() {
        assertThat(MOTO.endpoint()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(MOTO.environment()).containsEntry("AWS_ENDPOINT_URL_S3", MOTO.endpoint());
    }

    @Test
    void newBucketsAreDistinctAndExist() {
        String first = MOTO.newBucket();
        String second = MOTO.newBucket();

        assertThat(first).isNotEqualTo(second);
        assertThat(MOTO.client().listBuckets().buckets()).extracting(b -> b.name()).contains(first, second);
    }

    @Test
    void conditionalWritesWhosePreconditionFailsAreRefusedWith412() {
        String bucket = MOTO.newBucket();
        String etag = MOTO.client().putObject(b -> b.bucket(bucket).key("k").ifNoneMatch("*"),
                RequestBody.fromString("one")).eTag();

        assertThat(status(() -> MOTO.client().putObject(b -> b.bucket(bucket).key("k").ifNoneMatch("*"),
                RequestBody.fromString("two")))).isEqualTo(412);
        MOTO.client().putObject(b -> b.bucket(bucket).key("k").ifMatch(etag), RequestBody.fromString("three"));
        assertThat(status(() -> MOTO.client().putObject(b -> b.bucket(bucket).key("k").ifMatch(etag),
                RequestBody.fromString("four")))).isEqualTo(412);
        assertThat(MOTO.client().getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String()).isEqualTo("three");
    }

    @Test
    void everyInstanceSharesTheOneServer() {
        assertThat(new MotoS3Server().endpoint()).isEqualTo(MOTO.endpoint());
    }

    private static int status(Runnable request) {
        try {
            request.run();
            return 200;
        } catch (S3Exception e) {
            return e.statusCode();
        }
    }
}
