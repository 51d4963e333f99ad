package io.sentio.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.core.model.Classifier;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.model.ModelBundleException;
import io.sentio.core.testing.TestBundles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ModelStore} must do, whatever holds its objects. Each subclass supplies a fresh,
 * empty {@link ObjectStorage} per test: a local directory, S3Mock over HTTP, LocalStack.
 */
abstract class ModelStoreContract {
    /** Trained once per JVM: every store test publishes the same small real bundle. */
    static final ModelBundle BUNDLE = TestBundles.sentiment();
    static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2026-11-24T10:30:00Z");
    static final Instant WEDNESDAY = Instant.parse("2026-11-25T16:45:00Z");

    ObjectStorage storage;
    ModelStore store;
    private ExecutorService pool;

    /** A fresh, empty storage for one test. */
    protected abstract ObjectStorage newStorage();

    @BeforeEach
    void openEmptyStore() {
        storage = newStorage();
        store = storeAt(MONDAY);
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    /** The same store seen by someone whose clock reads {@code now}. */
    ModelStore storeAt(Instant now) {
        return new ModelStore(storage, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void publishAssignsOneTwoThreeInOrder() {
        assertThat(store.versions()).isEmpty();

        assertThat(store.publish(BUNDLE)).isEqualTo(1);
        assertThat(store.publish(BUNDLE)).isEqualTo(2);
        assertThat(store.publish(BUNDLE)).isEqualTo(3);

        assertThat(store.versions()).containsExactly(1, 2, 3);
    }

    @Test
    void loadGivesBackThePublishedBundleStampedWithItsVersion() {
        store.publish(BUNDLE);
        int version = store.publish(BUNDLE);

        ModelBundle loaded = store.load(version);

        assertThat(loaded.manifest()).isEqualTo(BUNDLE.manifest().withVersion("2"));
        assertThat(loaded.files().keySet()).isEqualTo(BUNDLE.files().keySet());
        loaded.files().forEach((name, bytes) -> assertThat(bytes).isEqualTo(BUNDLE.files().get(name)));
        assertThat(store.manifest(version)).contains(loaded.manifest());
    }

    @Test
    void loadedBundleOpensAndPredictsLikeTheOriginal() {
        int version = store.publish(BUNDLE);

        Classifier loaded = new Classifier(store.load(version).open());

        String text = "Terrible quality, the fabric is cheap.";
        assertThat(loaded.predict(text)).isEqualTo(new Classifier(BUNDLE.open()).predict(text));
        assertThat(loaded.manifest().version()).isEqualTo(Integer.toString(version));
    }

    @Test
    void versionsListsOnlyCompleteVersions() {
        store.publish(BUNDLE);
        // A publisher that died half-way: number claimed, model written, no manifest.
        assertThat(storage.putIfAbsent("versions/000002/.claim", new byte[0])).isTrue();
        storage.put("versions/000002/" + ModelBundle.MODEL_FILE, BUNDLE.files().get(ModelBundle.MODEL_FILE));

        assertThat(store.versions()).containsExactly(1);
        assertThat(store.manifest(2)).isEmpty();
        assertThat(store.publish(BUNDLE)).as("an abandoned number is never reused").isEqualTo(3);
        assertThat(store.versions()).containsExactly(1, 3);
    }

    @Test
    void loadingAMissingVersionNamesTheVersionsPresent() {
        store.publish(BUNDLE);
        store.publish(BUNDLE);

        assertThatThrownBy(() -> store.load(7))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no version 7")
                .hasMessageContaining(store.uri())
                .hasMessageContaining("versions: [1, 2]");
        assertThatThrownBy(() -> store.load("7"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no version 7");
    }

    @Test
    void aVersionNumberTooLargeForAnIntIsAStoreError() {
        assertThatThrownBy(() -> store.load("99999999999"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no version 99999999999")
                .hasMessageContaining("versions: []");
    }

    @Test
    void loadAcceptsAVersionNumberAsText() {
        store.publish(BUNDLE);
        store.publish(BUNDLE);

        assertThat(store.resolve("2")).isEqualTo(2);
        assertThat(store.load("2").manifest().version()).isEqualTo("2");
    }

    @Test
    void movedAliasResolvesAndLoadsItsVersion() {
        store.publish(BUNDLE);
        store.publish(BUNDLE);

        AliasRecord record = store.moveAlias("live", 2, "alice", "better f1");

        assertThat(record).isEqualTo(new AliasRecord("live", 2, MONDAY, "alice", "better f1", List.of()));
        assertThat(store.alias("live")).contains(record);
        assertThat(store.resolve("live")).isEqualTo(2);
        assertThat(store.load("live").manifest().version()).isEqualTo("2");
        assertThat(store.aliases()).containsOnlyKeys("live");
    }

    @Test
    void aliasHistoryRecordsWhoMovedItWhenAndWhy() {
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        store.publish(BUNDLE);

        storeAt(MONDAY).moveAlias("live", 1, "alice", "first model");
        storeAt(TUESDAY).moveAlias("live", 2, "bob", "retrained on more data");
        AliasRecord record = storeAt(WEDNESDAY).moveAlias("live", 3, "carol", "new tokenizer");

        assertThat(record.version()).isEqualTo(3);
        assertThat(record.updatedAt()).isEqualTo(WEDNESDAY);
        assertThat(record.updatedBy()).isEqualTo("carol");
        assertThat(record.reason()).isEqualTo("new tokenizer");
        assertThat(record.history()).as("newest first").containsExactly(
                new AliasRecord.AliasMove(2, TUESDAY, "bob", "retrained on more data"),
                new AliasRecord.AliasMove(1, MONDAY, "alice", "first model"));
        assertThat(store.alias("live")).contains(record);
    }

    @Test
    void aliasesAreIndependentOfEachOther() {
        store.publish(BUNDLE);
        store.publish(BUNDLE);

        store.moveAlias("live", 1, "alice", "serve");
        store.moveAlias("canary", 2, "alice", "try");

        assertThat(store.aliases()).containsOnlyKeys("canary", "live");
        assertThat(store.resolve("live")).isEqualTo(1);
        assertThat(store.resolve("canary")).isEqualTo(2);
    }

    @Test
    void rollbackPointsTheAliasBackAtItsPreviousTarget() {
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        storeAt(MONDAY).moveAlias("live", 1, "alice", "first");
        storeAt(TUESDAY).moveAlias("live", 2, "bob", "second");

        AliasRecord rolledBack = storeAt(WEDNESDAY).rollbackAlias("live", "carol", "v2 misbehaves");

        assertThat(rolledBack.version()).isEqualTo(1);
        assertThat(rolledBack.updatedBy()).isEqualTo("carol");
        assertThat(rolledBack.reason()).isEqualTo("v2 misbehaves");
        assertThat(rolledBack.updatedAt()).isEqualTo(WEDNESDAY);
        assertThat(rolledBack.history().get(0)).isEqualTo(new AliasRecord.AliasMove(2, TUESDAY, "bob", "second"));
        assertThat(store.resolve("live")).isEqualTo(1);
    }

    @Test
    void rollbackSkipsEarlierMovesToTheCurrentVersion() {
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        store.moveAlias("live", 1, "alice", "first");
        store.moveAlias("live", 2, "bob", "second");
        store.moveAlias("live", 2, "bob", "same again");

        assertThat(store.rollbackAlias("live", "carol", "back").version()).isEqualTo(1);
    }

    @Test
    void rollbackWithoutAnEarlierVersionIsRefused() {
        store.publish(BUNDLE);
        store.moveAlias("live", 1, "alice", "first");

        assertThatThrownBy(() -> store.rollbackAlias("live", "bob", "oops"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no earlier version");
        assertThatThrownBy(() -> store.rollbackAlias("canary", "bob", "oops"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no alias 'canary'");
        assertThat(store.resolve("live")).isEqualTo(1);
    }

    @Test
    void movingAnAliasToAMissingVersionIsRefused() {
        store.publish(BUNDLE);
        store.moveAlias("live", 1, "alice", "first");

        assertThatThrownBy(() -> store.moveAlias("live", 5, "bob", "typo"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("version 5")
                .hasMessageContaining("no such version");
        assertThatThrownBy(() -> store.moveAlias("canary", 5, "bob", "typo"))
                .isInstanceOf(StoreException.class);
        assertThat(store.resolve("live")).isEqualTo(1);
        assertThat(store.alias("canary")).isEmpty();
    }

    @Test
    void badAliasNamesAreRefused() {
        for (String name : List.of("", "Live", "1st", "-live", "live/prod", "../live", "live.json", "a b",
                "this-alias-name-is-far-too-long-to-be-accepted")) {
            assertThatThrownBy(() -> store.moveAlias(name, 1, "alice", "bad name"))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("alias names are lower-case letters");
        }
        assertThat(store.aliases()).isEmpty();
    }

    @Test
    void resolvingAnUnknownAliasNamesTheAliasesPresent() {
        store.publish(BUNDLE);
        store.moveAlias("live", 1, "alice", "first");

        assertThatThrownBy(() -> store.resolve("canary"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no alias 'canary'")
                .hasMessageContaining("aliases: [live]");
    }

    @Test
    void concurrentPublishersNeverShareAVersionNumber() throws Exception {
        int publishers = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < publishers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return store.publish(BUNDLE);
            }));
        }
        start.countDown();

        List<Integer> versions = new ArrayList<>();
        for (Future<Integer> result : results) {
            versions.add(result.get(60, TimeUnit.SECONDS));
        }

        // Distinct, and all complete. (Where two publishers tie on a number, both move on, so the
        // numbers may have a gap; on S3 and on a directory they are 1 to 4.)
        assertThat(versions).doesNotHaveDuplicates().allSatisfy(v -> assertThat(v).isPositive());
        assertThat(store.versions()).containsExactlyElementsOf(versions.stream().sorted().toList());
        for (int version : versions) {
            assertThat(store.load(version).manifest().version()).isEqualTo(Integer.toString(version));
        }
    }

    @Test
    void aliasReadersDuringMovesAlwaysSeeACompleteRecord() throws Exception {
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        store.moveAlias("live", 1, "alice", "start");
        AtomicBoolean moving = new AtomicBoolean(true);
        Set<Integer> seen = ConcurrentHashMap.newKeySet();

        Future<?> mover = pool.submit(() -> {
            try {
                for (int i = 0; i < moves(); i++) {
                    store.moveAlias("live", i % 2 == 0 ? 2 : 1, "mover", "move " + i);
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
                    AliasRecord record = store.alias("live").orElseThrow();
                    assertThat(record.version()).isIn(1, 2);
                    assertThat(record.updatedBy()).isIn("alice", "mover");
                    assertThat(record.reason()).isNotBlank();
                    assertThat(record.updatedAt()).isEqualTo(MONDAY);
                    seen.add(record.version());
                    reads++;
                } while (moving.get());
                return reads;
            }));
        }

        mover.get(60, TimeUnit.SECONDS);
        for (Future<Integer> reader : readers) {
            assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
        }
        assertThat(seen).isSubsetOf(1, 2).isNotEmpty();
        assertThat(store.alias("live").orElseThrow().history()).hasSize(Math.min(moves(), 50));
    }

    /** How many alias moves the concurrent-read test makes; fewer where each write is a network call. */
    protected int moves() {
        return 100;
    }

    @Test
    void aTamperedModelFileFailsTheIntegrityCheckOnOpen() {
        int version = store.publish(BUNDLE);
        String key = "versions/%06d/%s".formatted(version, ModelBundle.MODEL_FILE);
        byte[] model = storage.get(key).orElseThrow();
        model[model.length / 2] ^= 0x01;
        storage.put(key, model);

        ModelBundle tampered = store.load(version);

        assertThatThrownBy(tampered::open)
                .isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("failed its integrity check")
                .hasMessageContaining(ModelBundle.MODEL_FILE);
    }

    @Test
    void recordsAreReadBackReplacedAndKeptApartFromVersions() {
        assertThat(store.record("retrain/latest.json")).isEmpty();

        store.putRecord("retrain/latest.json", "{\"status\":\"refused\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        store.putRecord("retrain/latest.json", "{\"status\":\"promoted\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        store.putRecord("retrain/20261123T090000Z.json", new byte[] {'{', '}'});

        assertThat(store.record("retrain/latest.json")).get()
                .extracting(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"status\":\"promoted\"}");
        assertThat(store.record("retrain/20261123T090000Z.json")).contains(new byte[] {'{', '}'});
        assertThat(store.versions()).isEmpty();
        assertThat(store.aliases()).isEmpty();
    }

    @Test
    void recordKeysMayNotReachIntoVersionsOrAliases() {
        for (String key : List.of("latest.json", "versions/000001/manifest.json", "aliases/live.json",
                "retrain/../aliases/live.json", "/retrain/latest.json", "retrain/", "Retrain/latest.json")) {
            assertThatThrownBy(() -> store.putRecord(key, new byte[0]))
                    .as(key)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("record key");
        }
        assertThat(store.versions()).isEmpty();
        assertThat(store.aliases()).isEmpty();
    }

    @Test
    void aTamperedBundleIsNotPublished() {
        byte[] model = BUNDLE.files().get(ModelBundle.MODEL_FILE).clone();
        model[model.length / 2] ^= 0x01;
        java.util.Map<String, byte[]> files = new java.util.HashMap<>(BUNDLE.files());
        files.put(ModelBundle.MODEL_FILE, model);

        assertThatThrownBy(() -> store.publish(new ModelBundle(BUNDLE.manifest(), files)))
                .isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("integrity check");
        assertThat(store.versions()).isEmpty();
    }
}
