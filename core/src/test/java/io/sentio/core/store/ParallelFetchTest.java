package io.sentio.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.ModelBundle;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelFetchTest {
    @TempDir
    Path root;

    @Test
    void givesEveryKeyInOrderAndEmptyWhereNothingIsStored() {
        FileObjectStorage storage = new FileObjectStorage(root);
        storage.put("a/one", new byte[] {1});
        storage.put("a/three", new byte[] {3});

        var fetched = ParallelFetch.get(storage, List.of("a/one", "a/two", "a/three"));

        assertThat(fetched.keySet()).containsExactly("a/one", "a/two", "a/three");
        assertThat(fetched.get("a/one")).contains(new byte[] {1});
        assertThat(fetched.get("a/two")).isEmpty();
        assertThat(fetched.get("a/three")).contains(new byte[] {3});
    }

    @Test
    void aFailingReadIsReportedAsItself() throws Exception {
        FileObjectStorage storage = new FileObjectStorage(root);
        Files.createDirectories(root.resolve("a/dir"));

        assertThatThrownBy(() -> ParallelFetch.get(storage, List.of("a/dir")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("a/dir");
    }

    @Test
    void aBundleWithoutWeightsStillLoadsFromAStore() throws URISyntaxException {
        Path fixture = Path.of(getClass().getResource("/fixtures/bundle-format-1").toURI());
        ModelBundle old = BundleDirectory.read(fixture);
        ModelStore store = new ModelStore(new FileObjectStorage(root), Clock.systemUTC());

        int version = store.publish(old);

        ModelBundle loaded = store.load(version);
        assertThat(loaded.files()).doesNotContainKey(ModelBundle.WEIGHTS_FILE);
        assertThat(loaded.open().manifest().name()).isEqualTo(old.manifest().name());
    }
}
