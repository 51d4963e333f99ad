package io.sentio.training.cli;

import io.sentio.core.testing.MotoS3Server;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The registry commands on moto's S3 server, which replaces objects and applies conditional writes
 * atomically as S3 does, so readers racing alias moves are tested on S3 here. Skipped where
 * {@code moto_server} is not on the {@code PATH}.
 */
class ModelsCommandOnMotoTest extends RegistryContract {
    @RegisterExtension
    static final MotoS3Server MOTO = new MotoS3Server();

    @Override
    protected String newStore() {
        return "s3://" + MOTO.newBucket() + "/models/reviews";
    }

    @Override
    protected String missingStore() {
        return "s3://no-such-bucket-for-sentio/models/reviews";
    }

    @Override
    protected Map<String, String> env() {
        return MOTO.environment();
    }

    @Override
    protected int moves() {
        return 8;
    }
}
