package io.sentio.core.store;

import io.sentio.core.testing.S3TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The store contract on S3Mock over HTTP, one fresh bucket per test: everything but races between
 * writers. S3Mock 5.2.0 answers 412 to a conditional write whose precondition fails, but it checks,
 * then writes: two racing {@code If-None-Match: *} (or {@code If-Match}) writes to one key can both
 * succeed. The races run on moto instead ({@link ModelStoreOnMotoTest}), whose conditional writes
 * are atomic as on S3.
 */
class ModelStoreOnS3MockTest extends ModelStoreContract {
    @RegisterExtension
    static final S3TestServer S3 = new S3TestServer();

    private static S3Client s3;

    @BeforeAll
    static void buildClient() {
        // Built the production way, from the standard AWS variables.
        s3 = S3Clients.create(S3.environment());
    }

    @Override
    protected ObjectStorage newStorage() {
        return new S3ObjectStorage(s3, S3.newBucket(), "models/reviews");
    }
}
