package io.sentio.core.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a local directory ({@code file:///…}). */
class ModelStoreOnFilesTest extends ModelStoreContract {
    @TempDir
    Path dir;

    @Override
    protected ObjectStorage newStorage() {
        return new FileObjectStorage(dir.resolve("models/reviews"));
    }
}
