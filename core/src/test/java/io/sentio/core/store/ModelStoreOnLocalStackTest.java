package io.sentio.core.store;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The store contract on LocalStack's S3, which enforces S3's conditional writes like AWS does.
 * Needs Docker; skipped cleanly where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class ModelStoreOnLocalStackTest extends ConcurrentModelStoreContract {
    private static final String BUCKET = "sentio-models";

    @Container
    static final LocalStackContainer LOCALSTACK =
            new LocalStackContainer(DockerImageName.parse("localstack/localstack:4")).withServices("s3");

    private static final AtomicInteger STORES = new AtomicInteger();
    private static S3Client s3;

    @Override
    protected ObjectStorage newStorage() {
        synchronized (ModelStoreOnLocalStackTest.class) {
            if (s3 == null) {
                s3 = S3Clients.create(Map.of(
                        "AWS_ENDPOINT_URL_S3", LOCALSTACK.getEndpoint().toString(),
                        "AWS_REGION", LOCALSTACK.getRegion(),
                        "AWS_ACCESS_KEY_ID", LOCALSTACK.getAccessKey(),
                        "AWS_SECRET_ACCESS_KEY", LOCALSTACK.getSecretKey()));
                s3.createBucket(b -> b.bucket(BUCKET));
            }
        }
        return new S3ObjectStorage(s3, BUCKET, "models/reviews-" + STORES.incrementAndGet());
    }

    @Override
    protected int moves() {
        return 20;
    }
}
