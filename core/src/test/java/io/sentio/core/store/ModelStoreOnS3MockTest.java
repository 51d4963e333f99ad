package io.sentio.core.store;

import io.sentio.core.testing.S3TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

/** The store contract on a real S3-compatible server over HTTP (S3Mock), one fresh bucket per test. */
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

    @Override
    protected int moves() {
        return 20;
    }
}
