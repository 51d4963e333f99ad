package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.store.AliasRecord;
import io.sentio.core.store.FileObjectStorage;
import io.sentio.core.store.ModelStore;
import io.sentio.core.store.ObjectStorage;
import io.sentio.core.testing.ForwardingStorage;
import io.sentio.training.lifecycle.Registry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
     * Someone promotes version 3 after the guarded rollback checked that the alias names 2, in the
     * moment between the store's read of the alias and its conditional write: their move is kept, and
     * the rollback reports the alias as moved.
     */
    @Test
    void aMoveRacingAGuardedRollbackIsKeptAndTheRollbackReportsTheAliasMoved() {
        publish(3);
        models("promote", "1");
        models("promote", "2", "--reason", "retrain");
        FileObjectStorage files = new FileObjectStorage(Path.of(java.net.URI.create(store)));
        ModelStore someoneElse = new ModelStore(files, Clock.systemUTC());
        ModelStore racing = new ModelStore(new MovesAfterAliasRead(files,
                () -> someoneElse.moveAlias("live", 3, "alice", "hotfix")), Clock.systemUTC());

        Registry.GuardedRollback outcome = new Registry(racing).rollbackIfAt("live", 2, "lifecycle", "canary failed");

        assertThat(outcome).isInstanceOfSatisfying(Registry.LeftAlone.class, left -> {
            assertThat(left.expected()).isEqualTo(2);
            assertThat(left.found()).isEqualTo(3);
            assertThat(left.movedBy()).isEqualTo("alice");
            assertThat(left.reason()).isEqualTo("hotfix");
        });
        AliasRecord live = modelStore().alias("live").orElseThrow();
        assertThat(live.version()).isEqualTo(3);
        assertThat(live.updatedBy()).isEqualTo("alice");
        assertThat(live.history()).extracting(AliasRecord.AliasMove::version).containsExactly(2, 1);
    }

    /** A store's files that run {@code move} once, right after the first conditional-write read of the alias. */
    private static final class MovesAfterAliasRead extends ForwardingStorage {
        private Runnable move;

        MovesAfterAliasRead(ObjectStorage files, Runnable move) {
            super(files);
            this.move = move;
        }

        @Override
        public Optional<Revision> read(String key) {
            Optional<Revision> revision = super.read(key);
            if (key.equals("aliases/live.json") && move != null) {
                Runnable once = move;
                move = null;
                once.run();
            }
            return revision;
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
