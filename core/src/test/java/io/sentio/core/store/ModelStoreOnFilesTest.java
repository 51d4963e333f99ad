package io.sentio.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
    void writersInSeparateProcessesGetDistinctVersionsAndLoseNoMove() throws Exception {
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        store.moveAlias("live", 1, "alice", "start");
        Path root = dir.resolve("models/reviews");
        Path start = dir.resolve("start");
        int processes = 3;
        int publishes = 2;
        int moves = 15;
        List<Process> writers = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            writers.add(new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    RacingWriterProcess.class.getName(), root.toString(), start.toString(), "process-" + p,
                    Integer.toString(publishes), Integer.toString(moves))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start());
        }
        Files.createFile(start);

        List<Integer> published = new ArrayList<>();
        for (Process writer : writers) {
            String out = new String(writer.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(writer.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(writer.exitValue()).as(out).isZero();
            out.lines().map(Integer::parseInt).forEach(published::add);
        }

        List<Integer> expectedVersions = IntStream.rangeClosed(3, 2 + processes * publishes).boxed().toList();
        assertThat(published).containsExactlyInAnyOrderElementsOf(expectedVersions);
        assertThat(store.versions()).containsExactlyElementsOf(IntStream.rangeClosed(1, 2 + processes * publishes)
                .boxed().toList());
        AliasRecord live = store.alias("live").orElseThrow();
        List<String> made = new ArrayList<>();
        made.add(live.updatedBy() + " " + live.reason());
        live.history().forEach(move -> made.add(move.updatedBy() + " " + move.reason()));
        List<String> expectedMoves = new ArrayList<>(List.of("alice start"));
        for (int p = 0; p < processes; p++) {
            for (int n = 0; n < moves; n++) {
                expectedMoves.add("process-" + p + " move " + n);
            }
        }
        assertThat(made).containsExactlyInAnyOrderElementsOf(expectedMoves);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
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
