package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.json.Json;
import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.store.AliasRecord;
import io.sentio.core.store.ModelStore;
import io.sentio.core.store.ModelStores;
import io.sentio.core.store.S3Clients;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sentio models list|show|promote|rollback} on any store. Each subclass supplies a fresh,
 * empty store per test: a local directory, a bucket on an S3-compatible server.
 */
abstract class RegistryContract {
    @TempDir
    static Path work;
    static ModelBundle bundle;

    String store;
    private ExecutorService pool;

    /** A fresh, empty store for one test. */
    protected abstract String newStore();

    /** A store that cannot be reached or does not exist. */
    protected abstract String missingStore();

    protected abstract Map<String, String> env();

    /**
     * Whether the server replaces an object atomically for concurrent readers, as S3 and a directory
     * do; S3Mock rewrites it in place, so a reader racing a move can read half a record there.
     */
    protected boolean replacesObjectsAtomically() {
        return true;
    }

    /** How many alias moves the concurrent-read test makes; fewer where each is a network call. */
    protected int moves() {
        return 20;
    }

    @BeforeAll
    static void trainOneSmallModel() {
        Path out = work.resolve("model");
        CliRun run = CliRun.run(Map.of(), "train", "--data", SentioCliTest.fixture(), "--out", out.toString(),
                "--epochs", "1", "--sample", "400", "--name", "registry-test", "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        bundle = BundleDirectory.read(out);
    }

    @BeforeEach
    void openEmptyStore() {
        store = newStore();
        pool = Executors.newFixedThreadPool(3);
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    ModelStore modelStore() {
        return new ModelStores(() -> S3Clients.create(env()), Clock.systemUTC()).open(store);
    }

    void publish(int times) {
        for (int i = 0; i < times; i++) {
            modelStore().publish(bundle);
        }
    }

    CliRun models(String... args) {
        List<String> all = new ArrayList<>(List.of("models"));
        all.addAll(List.of(args));
        all.addAll(List.of("--store", store));
        return CliRun.run(env(), all.toArray(String[]::new));
    }

    static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.mapper().readTree(run.out());
    }

    @Test
    void listShowsEveryVersionWithItsFiguresAndAliases() throws Exception {
        publish(3);
        models("promote", "2");

        CliRun table = models("list");
        JsonNode listing = json(models("list", "--json"));

        assertThat(table.exitCode()).as(table.err()).isZero();
        String[] lines = table.out().strip().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).contains("version", "created_at", "name", "data_sha256", "accuracy", "macro_f1", "gate",
                "aliases");
        assertThat(lines[2]).contains("registry-test", bundle.manifest().data().sha256().substring(0, 12))
                .endsWith("live");
        assertThat(lines[1]).doesNotContain("live");
        assertThat(listing.get("versions")).hasSize(3);
        JsonNode second = listing.get("versions").get(1);
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("aliases").toString()).isEqualTo("[\"live\"]");
        assertThat(second.get("data_sha256").asText()).hasSize(64);
        assertThat(second.get("macro_f1").asDouble()).isBetween(0.0, 1.0);
        assertThat(listing.get("aliases").get("live").get("version").asInt()).isEqualTo(2);
    }

    @Test
    void listOfAStoreWithoutVersionsSaysSo() {
        CliRun run = models("list");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("no versions in");
    }

    @Test
    void showPrintsTheManifestAndTheAliasesPointingAtIt() throws Exception {
        publish(2);
        models("promote", "1", "--reason", "first");
        models("promote", "2", "--reason", "second");

        JsonNode byAlias = json(models("show", "live"));
        JsonNode byNumber = json(models("show", "1"));

        assertThat(byAlias.get("version").asInt()).isEqualTo(2);
        assertThat(byAlias.get("aliases").toString()).isEqualTo("[\"live\"]");
        assertThat(byAlias.get("manifest").get("name").asText()).isEqualTo("registry-test");
        assertThat(byAlias.get("manifest").get("version").asText()).isEqualTo("2");
        assertThat(byAlias.get("alias").get("reason").asText()).isEqualTo("second");
        assertThat(byAlias.get("alias").get("history").get(0).get("version").asInt()).isEqualTo(1);
        assertThat(byNumber.get("version").asInt()).isEqualTo(1);
        assertThat(byNumber.get("aliases")).isEmpty();
        assertThat(byNumber.has("alias")).isFalse();
        assertThat(byNumber.get("manifest").get("files").has("model.tribuo")).isTrue();
    }

    @Test
    void promoteMovesTheAliasAndRecordsWhoWhenAndWhy() {
        publish(2);

        CliRun first = models("promote", "1");
        CliRun second = models("promote", "2", "--alias", "live", "--reason", "better macro-F1");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("live -> version 1 (was none) by " + Actor.current());
        assertThat(second.out()).startsWith("live -> version 2 (was 1)").endsWith(": better macro-F1\n");
        AliasRecord live = modelStore().alias("live").orElseThrow();
        assertThat(live.version()).isEqualTo(2);
        assertThat(live.updatedBy()).isEqualTo(Actor.current());
        assertThat(live.reason()).isEqualTo("better macro-F1");
        assertThat(live.updatedAt()).isNotNull();
        assertThat(live.history()).extracting(AliasRecord.AliasMove::version).containsExactly(1);
        assertThat(live.history().get(0).reason()).isEqualTo("promoted by hand");
    }

    @Test
    void rollbackReturnsTheAliasToItsPreviousTarget() {
        publish(3);
        models("promote", "1");
        models("promote", "3");

        CliRun run = models("rollback", "--reason", "v3 misbehaves");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("live -> version 1 (was 3)").endsWith(": v3 misbehaves\n");
        assertThat(modelStore().resolve("live")).isEqualTo(1);
        assertThat(modelStore().alias("live").orElseThrow().history().get(0).version()).isEqualTo(3);
    }

    @Test
    void guardedRollbackRollsBackWhenTheAliasStillNamesTheExpectedVersion() {
        publish(3);
        models("promote", "1");
        models("promote", "3", "--reason", "quality gate passed");

        CliRun run = models("rollback", "--alias", "live", "--expect-version", "3", "--reason",
                "canary of v3 failed in lifecycle exec-1");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(SentioCli.OK);
        assertThat(run.out()).startsWith("live -> version 1 (was 3) by " + Actor.current())
                .endsWith(": canary of v3 failed in lifecycle exec-1\n");
        AliasRecord live = modelStore().alias("live").orElseThrow();
        assertThat(live.version()).isEqualTo(1);
        assertThat(live.updatedBy()).isEqualTo(Actor.current());
        assertThat(live.reason()).isEqualTo("canary of v3 failed in lifecycle exec-1");
        assertThat(live.history()).extracting(AliasRecord.AliasMove::version).containsExactly(3, 1);
    }

    @Test
    void guardedRollbackLeavesAnAliasMovedSinceAndExitsWithItsOwnCode() {
        publish(3);
        models("promote", "1");
        models("promote", "2", "--reason", "retrain");
        models("promote", "3", "--reason", "hand-made fix");
        AliasRecord before = modelStore().alias("live").orElseThrow();

        CliRun run = models("rollback", "--expect-version", "2", "--reason", "canary of v2 failed");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(SentioCli.ALIAS_MOVED).isEqualTo(4);
        assertThat(run.out()).startsWith("live names version 3, not 2 (moved there by " + Actor.current())
                .contains(": hand-made fix)").endsWith("not rolled back\n");
        assertThat(run.err()).isEmpty();
        assertThat(modelStore().alias("live").orElseThrow()).isEqualTo(before);
    }

    @Test
    void guardedRollbackMistakesAreOneClearLineAndMoveNothing() {
        publish(2);
        models("promote", "1");

        assertOneLineError(models("rollback", "--expect-version", "1"), "alias 'live' has no earlier version");
        assertOneLineError(models("rollback", "--alias", "canary", "--expect-version", "1"), "no alias 'canary'");
        assertThat(models("rollback", "--expect-version", "one").exitCode()).isEqualTo(SentioCli.USAGE);
        assertThat(models("rollback", "--expect-version").exitCode()).isEqualTo(SentioCli.USAGE);
        assertThat(modelStore().alias("live").orElseThrow().history()).isEmpty();
    }

    @Test
    void mistakesAreOneClearLineAndMoveNothing() {
        publish(1);
        models("promote", "1");

        assertOneLineError(models("promote", "9"), "no version 9", "versions: [1]");
        assertOneLineError(models("show", "7"), "no version 7");
        assertOneLineError(models("show", "canary"), "no alias 'canary'", "aliases: [live]");
        assertOneLineError(models("rollback"), "alias 'live' has no earlier version");
        assertOneLineError(models("rollback", "--alias", "canary"), "no alias 'canary'");
        assertThat(models("promote", "one").exitCode()).isEqualTo(SentioCli.USAGE);
        assertThat(modelStore().resolve("live")).isEqualTo(1);
    }

    @Test
    void anUnreachableStoreIsOneClearError() {
        store = missingStore();

        assertOneLineError(models("list"), store);
    }

    private static void assertOneLineError(CliRun run, String... expected) {
        assertThat(run.exitCode()).as(run.out()).isEqualTo(SentioCli.FAILED);
        assertThat(run.err()).startsWith("error: ").contains(expected).doesNotContain("\tat ");
        assertThat(run.err().strip().split("\n")).hasSize(1);
    }

    @Test
    void readersDuringAliasMovesAlwaysSeeACompleteRecord() throws Exception {
        assumeTrue(replacesObjectsAtomically(), "this server rewrites objects in place; the moto run covers S3");
        publish(2);
        models("promote", "1");
        AtomicBoolean moving = new AtomicBoolean(true);

        Future<?> mover = pool.submit(() -> {
            try {
                for (int i = 0; i < moves(); i++) {
                    CliRun run = models("promote", i % 2 == 0 ? "2" : "1", "--reason", "move " + i);
                    assertThat(run.exitCode()).as(run.err()).isZero();
                }
            } finally {
                moving.set(false);
            }
            return null;
        });
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            readers.add(pool.submit(() -> {
                int reads = 0;
                do {
                    JsonNode shown = json(models("show", "live"));
                    int version = shown.get("version").asInt();
                    assertThat(version).isIn(1, 2);
                    assertThat(shown.get("manifest").get("version").asText()).isEqualTo(Integer.toString(version));
                    assertThat(shown.get("alias").get("reason").asText()).isNotBlank();
                    reads++;
                } while (moving.get());
                return reads;
            }));
        }

        mover.get(120, TimeUnit.SECONDS);
        for (Future<Integer> reader : readers) {
            assertThat(reader.get(120, TimeUnit.SECONDS)).isPositive();
        }
        assertThat(modelStore().alias("live").orElseThrow().history()).hasSize(moves());
    }
}
