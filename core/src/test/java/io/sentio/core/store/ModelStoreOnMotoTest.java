package io.sentio.core.store;

import io.sentio.core.testing.MotoS3Server;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store contract, races included, on moto's S3 server over HTTP: its conditional writes are
 * atomic, as on S3. Skipped where {@code moto_server} is not on the {@code PATH}.
 */
class ModelStoreOnMotoTest extends ConcurrentModelStoreContract {
    @RegisterExtension
    static final MotoS3Server MOTO = new MotoS3Server();

    @Override
    protected ObjectStorage newStorage() {
        return new S3ObjectStorage(MOTO.client(), MOTO.newBucket(), "models/reviews");
    }

    @Override
    protected int moves() {
        return 20;
    }
}
