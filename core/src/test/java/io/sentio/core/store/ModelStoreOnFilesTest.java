package io.sentio.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a local directory ({@code file:///…}). */
class ModelStoreOnFilesTest extends ModelStoreContract {
    @TempDir
    Path dir;

    @Override
    protected ObjectStorage newStorage() {
        return new FileObjectStorage(dir.resolve("models/reviews"));
    }

    @Test
    void publishersStayApartEvenWhereConditionalWritesAreNotAtomic() throws Exception {
        // Like S3Mock: every "write if absent" succeeds, however many race for the key.
        ModelStore careless = new ModelStore(new IgnoresIfNoneMatch(storage), Clock.systemUTC());
        int threads = 6;
        int each = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<Integer> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(careless.publish(BUNDLE));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Integer> versions = new ArrayList<>();
            for (Future<List<Integer>> result : results) {
                versions.addAll(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(versions).hasSize(threads * each).doesNotHaveDuplicates();
            assertThat(careless.versions()).containsExactlyElementsOf(versions.stream().sorted().toList());
            for (int version : versions) {
                assertThat(careless.load(version).manifest().version()).isEqualTo(Integer.toString(version));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A storage whose conditional write checks nothing, as on a server that checks, then writes. */
    private record IgnoresIfNoneMatch(ObjectStorage inner) implements ObjectStorage {
        @Override
        public Optional<byte[]> get(String key) {
            return inner.get(key);
        }

        @Override
        public void put(String key, byte[] bytes) {
            inner.put(key, bytes);
        }

        @Override
        public boolean putIfAbsent(String key, byte[] bytes) {
            inner.put(key, bytes);
            return true;
        }

        @Override
        public List<String> list(String prefix) {
            return inner.list(prefix);
        }

        @Override
        public String uri() {
            return inner.uri();
        }
    }
}
