package io.sentio.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract on a local directory ({@code file:///…}), races included: its conditional
 * writes are a hard link refused when the key exists, and a lock file created only if absent.
 */
class ModelStoreOnFilesTest extends ConcurrentModelStoreContract {
    @TempDir
    Path dir;

    @Override
    protected ObjectStorage newStorage() {
        return new FileObjectStorage(dir.resolve("models/reviews"));
    }

    @Test
    void aLockLeftByAWriterThatDiedIsNamedAndLeftForAPersonToRemove() throws Exception {
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        store.moveAlias("live", 1, "alice", "first");
        Path lock = dir.resolve("models/reviews/aliases/.lock-live.json");
        Files.writeString(lock, "{\"alias\":\"li");
        ModelStore impatient = new ModelStore(new FileObjectStorage(dir.resolve("models/reviews"), Duration.ofMillis(50)),
                Clock.systemUTC());

        assertThatThrownBy(() -> impatient.moveAlias("live", 2, "bob", "second"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(lock.toString())
                .hasMessageContaining("remove it if nothing is writing to the store");

        assertThat(lock).exists();
        assertThat(store.resolve("live")).isEqualTo(1);
        assertThat(store.aliases()).containsOnlyKeys("live");

        Files.delete(lock);
        assertThat(impatient.moveAlias("live", 2, "bob", "second").version()).isEqualTo(2);
    }

    @Test
    void movesLeaveNoLockOrTemporaryFilesBehind() throws Exception {
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        store.moveAlias("live", 1, "alice", "first");
        store.moveAlias("live", 2, "bob", "second");
        AliasRecord stale = store.alias("live").orElseThrow();
        store.moveAlias("live", 1, "carol", "third");
        assertThatThrownBy(() -> store.moveAlias("live", 2, "dave", "stale", java.util.Optional.of(stale)))
                .isInstanceOf(AliasConflictException.class);

        try (var files = Files.list(dir.resolve("models/reviews/aliases"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("live.json");
        }
        try (var files = Files.list(dir.resolve("models/reviews/versions/000001"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith(".tmp-"));
        }
    }
}
