package io.sentio.function.lifecycle;

import io.sentio.core.testing.S3TestServer;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

/** On Adobe S3Mock, in-process and reached over HTTP; always runs. */
class S3ModelLoadingOnS3MockTest extends S3ModelLoadingContract {
    @RegisterExtension
    static final S3TestServer S3 = new S3TestServer();

    @Override
    protected Map<String, String> s3Environment() {
        return S3.environment();
    }

    @Override
    protected S3Client client() {
        return S3.client();
    }

    @Override
    protected String newBucket() {
        return S3.newBucket();
    }
}
