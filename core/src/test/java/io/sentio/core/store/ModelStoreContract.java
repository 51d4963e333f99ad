package io.sentio.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.core.model.Classifier;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.model.ModelBundleException;
import io.sentio.core.testing.ForwardingStorage;
import io.sentio.core.testing.TestBundles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ModelStore} must do, whatever holds its objects, one caller at a time. Each
 * subclass supplies a fresh, empty {@link ObjectStorage} per test: a local directory, S3Mock, moto,
 * LocalStack. Races between concurrent writers are in {@link ConcurrentModelStoreContract}, for the
 * storages whose conditional writes are atomic.
 */
abstract class ModelStoreContract {
    /** Trained once per JVM: every store test publishes the same small real bundle. */
    static final ModelBundle BUNDLE = TestBundles.sentiment();
    static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2026-11-24T10:30:00Z");
    static final Instant WEDNESDAY = Instant.parse("2026-11-25T16:45:00Z");

    ObjectStorage storage;
    ModelStore store;

    /** A fresh, empty storage for one test. */
    protected abstract ObjectStorage newStorage();

    @BeforeEach
    void openEmptyStore() {
        storage = newStorage();
        store = storeAt(MONDAY);
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
    void aConditionalCreateRefusesAKeyThatExists() {
        assertThat(storage.putIfAbsent("retrain/claim.json", bytes("first"))).isTrue();

        assertThat(storage.putIfAbsent("retrain/claim.json", bytes("second"))).isFalse();
        assertThat(storage.get("retrain/claim.json")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("first")));
    }

    @Test
    void aConditionalReplaceNeedsTheRevisionItRead() {
        storage.put("retrain/latest.json", bytes("one"));
        ObjectStorage.Revision one = storage.read("retrain/latest.json").orElseThrow();

        assertThat(storage.replaceIf("retrain/latest.json", one.tag(), bytes("two"))).isTrue();
        ObjectStorage.Revision two = storage.read("retrain/latest.json").orElseThrow();
        assertThat(two.bytes()).isEqualTo(bytes("two"));
        assertThat(two.tag()).isNotEqualTo(one.tag());

        assertThat(storage.replaceIf("retrain/latest.json", one.tag(), bytes("three"))).as("stale tag").isFalse();
        assertThat(storage.replaceIf("retrain/missing.json", one.tag(), bytes("four"))).as("no object").isFalse();
        assertThat(storage.get("retrain/latest.json")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("two")));
        assertThat(storage.get("retrain/missing.json")).isEmpty();
        assertThat(storage.list("retrain/")).containsExactly("retrain/latest.json");
    }

    @Test
    void aMoveLandingBetweenAnotherMovesReadAndWriteIsKeptAndTheOtherIsRefused() {
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        storeAt(MONDAY).moveAlias("live", 1, "alice", "first");
        ModelStore bob = new ModelStore(new RunsOnceAfterAliasRead(storage,
                () -> storeAt(TUESDAY).moveAlias("live", 3, "carol", "hotfix")), Clock.fixed(WEDNESDAY, ZoneOffset.UTC));

        assertThatThrownBy(() -> bob.moveAlias("live", 2, "bob", "retrain"))
                .isInstanceOfSatisfying(AliasConflictException.class, conflict ->
                        assertThat(conflict.current()).map(AliasRecord::version).contains(3))
                .hasMessage("alias 'live' was moved by someone else while this move to version 2 was under way:"
                        + " it names version 3 now (moved there by carol at " + TUESDAY + ": hotfix);"
                        + " nothing changed, check it and try again");

        AliasRecord live = store.alias("live").orElseThrow();
        assertThat(live.version()).isEqualTo(3);
        assertThat(live.history()).containsExactly(new AliasRecord.AliasMove(1, MONDAY, "alice", "first"));
    }

    @Test
    void theFirstMoveOfAnAliasLosesToACreationInBetween() {
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        ModelStore bob = new ModelStore(new RunsOnceAfterAliasRead(storage,
                () -> storeAt(MONDAY).moveAlias("live", 1, "alice", "first")), Clock.fixed(TUESDAY, ZoneOffset.UTC));

        assertThatThrownBy(() -> bob.moveAlias("live", 2, "bob", "first too"))
                .isInstanceOf(AliasConflictException.class)
                .hasMessageContaining("it names version 1 now (moved there by alice");

        assertThat(store.alias("live")).contains(new AliasRecord("live", 1, MONDAY, "alice", "first", List.of()));
    }

    @Test
    void aMoveExpectingARecordThatIsNoLongerCurrentIsRefused() {
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        AliasRecord seen = storeAt(MONDAY).moveAlias("live", 1, "alice", "first");
        storeAt(TUESDAY).moveAlias("live", 2, "carol", "newer");

        assertThatThrownBy(() -> storeAt(WEDNESDAY).moveAlias("live", 1, "bob", "back", Optional.of(seen)))
                .isInstanceOf(AliasConflictException.class)
                .hasMessageContaining("it names version 2 now (moved there by carol");
        assertThatThrownBy(() -> store.moveAlias("live", 1, "bob", "create", Optional.empty()))
                .as("expects no alias yet")
                .isInstanceOf(AliasConflictException.class);
        assertThatThrownBy(() -> store.moveAlias("canary", 1, "bob", "move", Optional.of(seen)))
                .as("expects an alias that does not exist")
                .isInstanceOf(AliasConflictException.class)
                .hasMessageContaining("it does not exist now");

        AliasRecord current = store.alias("live").orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(storeAt(WEDNESDAY).moveAlias("live", 1, "bob", "back", Optional.of(current)).version()).isEqualTo(1);
        assertThat(store.moveAlias("canary", 2, "bob", "create", Optional.empty()).version()).isEqualTo(2);
    }

    @Test
    void aRollbackRacedByAnotherMoveIsRefusedAndTheOtherMoveKept() {
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        storeAt(MONDAY).moveAlias("live", 1, "alice", "first");
        storeAt(MONDAY).moveAlias("live", 2, "alice", "second");
        ModelStore bob = new ModelStore(new RunsOnceAfterAliasRead(storage,
                () -> storeAt(TUESDAY).moveAlias("live", 3, "carol", "hotfix")), Clock.fixed(WEDNESDAY, ZoneOffset.UTC));

        assertThatThrownBy(() -> bob.rollbackAlias("live", "bob", "v2 misbehaves"))
                .isInstanceOf(AliasConflictException.class)
                .hasMessageContaining("to version 1")
                .hasMessageContaining("it names version 3 now");

        assertThat(store.resolve("live")).isEqualTo(3);
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

    static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The storage, running {@code interference} once right after the first read of an alias (before
     * the move that read it writes): someone else's move landing in that window.
     */
    static final class RunsOnceAfterAliasRead extends ForwardingStorage {
        private Runnable interference;

        RunsOnceAfterAliasRead(ObjectStorage inner, Runnable interference) {
            super(inner);
            this.interference = interference;
        }

        @Override
        public Optional<Revision> read(String key) {
            Optional<Revision> revision = super.read(key);
            if (key.startsWith("aliases/") && interference != null) {
                Runnable once = interference;
                interference = null;
                once.run();
            }
            return revision;
        }
    }
}
