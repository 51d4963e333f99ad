package io.sentio.function.lifecycle;

import io.sentio.core.store.S3Clients;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.s3.S3Client;

/** On LocalStack's S3. Needs Docker; skipped cleanly where there is none. */
@Testcontainers(disabledWithoutDocker = true)
class S3ModelLoadingOnLocalStackTest extends S3ModelLoadingContract {
    @Container
    static final LocalStackContainer LOCALSTACK =
            new LocalStackContainer(DockerImageName.parse("localstack/localstack:4")).withServices("s3");

    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static S3Client client;

    @Override
    protected Map<String, String> s3Environment() {
        return Map.of(
                "AWS_ENDPOINT_URL_S3", LOCALSTACK.getEndpoint().toString(),
                "AWS_REGION", LOCALSTACK.getRegion(),
                "AWS_ACCESS_KEY_ID", LOCALSTACK.getAccessKey(),
                "AWS_SECRET_ACCESS_KEY", LOCALSTACK.getSecretKey());
    }

    @Override
    protected synchronized S3Client client() {
        if (client == null) {
            client = S3Clients.create(s3Environment());
        }
        return client;
    }

    @Override
    protected String newBucket() {
        String bucket = "sentio-function-" + BUCKETS.incrementAndGet();
        client().createBucket(b -> b.bucket(bucket));
        return bucket;
    }
}
