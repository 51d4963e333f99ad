package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.store.AliasRecord;
import io.sentio.core.store.FileObjectStorage;
import io.sentio.core.store.ModelStore;
import io.sentio.core.store.ObjectStorage;
import io.sentio.training.lifecycle.Registry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The registry commands on a local store ({@code file:///…}). */
class ModelsCommandOnFilesTest extends RegistryContract {
    private static final AtomicInteger STORES = new AtomicInteger();

    @Override
    protected String newStore() {
        try {
            Path dir = Files.createDirectories(work.resolve("store-" + STORES.incrementAndGet()));
            return dir.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aVersionWithAnUnreadableManifestIsListedWithTheErrorAndTheOthersStillShow() throws Exception {
        publish(2);
        Files.writeString(Path.of(java.net.URI.create(store)).resolve("versions/000002/manifest.json"), "{broken");

        CliRun run = models("list");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains("registry-test");
        assertThat(lines[2]).matches("\\s+2  unreadable: .*manifest of version 2.*");
    }

    /**
     * Someone promotes version 3 after the guarded rollback checked that the alias names 2 (the 1st
     * read of the alias) but before it wrote (the store's 2nd read, right before its write): their
     * move wins, it is put back at once and the rollback reports the alias as moved.
     */
    @Test
    void aMoveRacingAGuardedRollbackIsPutBackAndTheRollbackReportsTheAliasMoved() {
        publish(3);
        models("promote", "1");
        models("promote", "2", "--reason", "retrain");
        FileObjectStorage files = new FileObjectStorage(Path.of(java.net.URI.create(store)));
        ModelStore someoneElse = new ModelStore(files, Clock.systemUTC());
        ModelStore racing = new ModelStore(new MoveOnRead(files, 2,
                () -> someoneElse.moveAlias("live", 3, "alice", "hotfix")), Clock.systemUTC());

        Registry.GuardedRollback outcome = new Registry(racing).rollbackIfAt("live", 2, "lifecycle", "canary failed");

        assertThat(outcome).isInstanceOfSatisfying(Registry.LeftAlone.class, left -> {
            assertThat(left.expected()).isEqualTo(2);
            assertThat(left.found()).isEqualTo(3);
            assertThat(left.movedBy()).isEqualTo("alice");
            assertThat(left.reason()).isEqualTo("hotfix");
            assertThat(left.restored()).isPresent();
        });
        AliasRecord live = modelStore().alias("live").orElseThrow();
        assertThat(live.version()).isEqualTo(3);
        assertThat(live.reason()).startsWith("restored: alice moved 'live' to version 3").contains("rollback of version 2");
        assertThat(live.history()).extracting(AliasRecord.AliasMove::version).startsWith(1, 3, 2, 1);
        assertThat(live.history().get(1).updatedBy()).isEqualTo("alice");
    }

    /** A store's files that run {@code move} just before the n-th read of {@code aliases/live.json}. */
    private static final class MoveOnRead implements ObjectStorage {
        private final ObjectStorage files;
        private final int n;
        private final Runnable move;
        private int reads;

        MoveOnRead(ObjectStorage files, int n, Runnable move) {
            this.files = files;
            this.n = n;
            this.move = move;
        }

        @Override
        public Optional<byte[]> get(String key) {
            if (key.equals("aliases/live.json") && ++reads == n) {
                move.run();
            }
            return files.get(key);
        }

        @Override
        public void put(String key, byte[] bytes) {
            files.put(key, bytes);
        }

        @Override
        public boolean putIfAbsent(String key, byte[] bytes) {
            return files.putIfAbsent(key, bytes);
        }

        @Override
        public List<String> list(String prefix) {
            return files.list(prefix);
        }

        @Override
        public String uri() {
            return files.uri();
        }
    }

    @Override
    protected String missingStore() {
        return work.resolve("no-such-store").toString();
    }

    @Override
    protected Map<String, String> env() {
        return Map.of();
    }
}
