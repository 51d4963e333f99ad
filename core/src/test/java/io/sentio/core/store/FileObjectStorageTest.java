package io.sentio.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileObjectStorageTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyOrMissingStoreHasNothing() {
        FileObjectStorage storage = new FileObjectStorage(dir.resolve("not/yet"));

        assertThat(storage.list("")).isEmpty();
        assertThat(storage.get("versions/000001/manifest.json")).isEmpty();
    }

    @Test
    void putReplacesAndPutIfAbsentDoesNot() {
        FileObjectStorage storage = new FileObjectStorage(dir);

        storage.put("aliases/live.json", bytes("one"));
        storage.put("aliases/live.json", bytes("two"));
        assertThat(storage.putIfAbsent("aliases/live.json", bytes("three"))).isFalse();
        assertThat(storage.putIfAbsent("aliases/canary.json", bytes("four"))).isTrue();

        assertThat(storage.get("aliases/live.json")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("two")));
        assertThat(storage.get("aliases/canary.json")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("four")));
    }

    @Test
    void listsKeysUnderAPrefixSortedWithoutTemporaryFiles() {
        FileObjectStorage storage = new FileObjectStorage(dir);
        storage.put("versions/000002/model.tribuo", bytes("m"));
        storage.put("versions/000001/manifest.json", bytes("{}"));
        storage.put("aliases/live.json", bytes("{}"));

        assertThat(storage.list("versions/")).containsExactly("versions/000001/manifest.json", "versions/000002/model.tribuo");
        assertThat(storage.list("")).hasSize(3);
    }

    @Test
    void listingsLeaveOutWritesInProgress() throws Exception {
        FileObjectStorage storage = new FileObjectStorage(dir);
        storage.put("aliases/live.json", bytes("{}"));
        java.nio.file.Files.writeString(dir.resolve("aliases/.lock-live.json"), "{\"half");
        java.nio.file.Files.writeString(dir.resolve("aliases/.tmp-123.part"), "{\"half");

        assertThat(storage.list("aliases/")).containsExactly("aliases/live.json");
    }

    @Test
    void aRefusedReplaceChangesNothingAndLeavesNoLockBehind() {
        FileObjectStorage storage = new FileObjectStorage(dir);
        storage.put("aliases/live.json", bytes("one"));
        String one = storage.read("aliases/live.json").orElseThrow().tag();
        storage.put("aliases/live.json", bytes("two"));

        assertThat(storage.replaceIf("aliases/live.json", one, bytes("three"))).isFalse();
        assertThat(storage.replaceIf("aliases/canary.json", one, bytes("three"))).isFalse();
        assertThat(storage.replaceIf("nowhere/live.json", one, bytes("three"))).isFalse();

        assertThat(dir.resolve("aliases")).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("."));
        assertThat(storage.get("aliases/live.json")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("two")));
    }

    @Test
    void keysCannotEscapeTheStore() {
        FileObjectStorage storage = new FileObjectStorage(dir.resolve("store"));

        assertThatThrownBy(() -> storage.put("../outside.json", bytes("x")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("key escapes the store");
        assertThatThrownBy(() -> storage.get("versions/../../outside.json"))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void theUriIsAFileUri() {
        assertThat(new FileObjectStorage(dir).uri()).isEqualTo(dir.toUri().toString());
    }

    @Test
    void listingWhileAnotherThreadWritesNeverFails() throws Exception {
        FileObjectStorage storage = new FileObjectStorage(dir);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            Future<?> writer = pool.submit(() -> {
                try {
                    for (int i = 0; i < 400; i++) {
                        storage.put("versions/%06d/model.tribuo".formatted(i % 20), bytes("model " + i));
                    }
                } finally {
                    writing.set(false);
                }
                return null;
            });
            Future<Integer> lister = pool.submit(() -> {
                int lists = 0;
                while (writing.get()) {
                    List<String> keys = storage.list("versions/");
                    assertThat(keys).allMatch(k -> k.endsWith("/model.tribuo"));
                    lists++;
                }
                return lists;
            });

            writer.get(60, TimeUnit.SECONDS);
            assertThat(lister.get(60, TimeUnit.SECONDS)).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
