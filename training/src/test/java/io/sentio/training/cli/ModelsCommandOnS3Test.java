package io.sentio.training.cli;

import io.sentio.core.testing.S3TestServer;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The registry commands on a real S3-compatible server over HTTP (S3Mock), one fresh bucket per test. */
class ModelsCommandOnS3Test extends RegistryContract {
    @RegisterExtension
    static final S3TestServer S3 = new S3TestServer();

    @Override
    protected String newStore() {
        return "s3://" + S3.newBucket() + "/models/reviews";
    }

    @Override
    protected String missingStore() {
        return "s3://no-such-bucket-for-sentio/models/reviews";
    }

    @Override
    protected Map<String, String> env() {
        return S3.environment();
    }

    /** S3Mock 5.2.0 rewrites an object in place: readers racing a move are tested on moto instead. */
    @Override
    protected boolean replacesObjectsAtomically() {
        return false;
    }

    @Override
    protected int moves() {
        return 8;
    }
}
