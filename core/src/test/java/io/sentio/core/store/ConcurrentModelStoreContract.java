package io.sentio.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.testing.ForwardingStorage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store contract with writers racing each other, for storages whose conditional writes are
 * atomic: a directory, moto, LocalStack (and S3). Not S3Mock 5.2.0: it checks a precondition, then
 * writes, so two racing conditional writes can both succeed (see {@code ModelStoreOnS3MockTest}).
 */
abstract class ConcurrentModelStoreContract extends ModelStoreContract {
    private ExecutorService pool;

    @BeforeEach
    void startThreads() {
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    /** How many alias moves the concurrent tests make; fewer where each write is a network call. */
    protected int moves() {
        return 100;
    }

    @Test
    void parallelPublishersGetDistinctVersionsOneToN() throws Exception {
        int publishers = 4;
        int each = 3;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int i = 0; i < publishers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                List<Integer> mine = new ArrayList<>();
                for (int n = 0; n < each; n++) {
                    mine.add(store.publish(BUNDLE));
                }
                return mine;
            }));
        }
        start.countDown();

        List<Integer> versions = new ArrayList<>();
        for (Future<List<Integer>> result : results) {
            versions.addAll(result.get(120, TimeUnit.SECONDS));
        }

        List<Integer> oneToN = IntStream.rangeClosed(1, publishers * each).boxed().toList();
        assertThat(versions).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(oneToN);
        assertThat(store.versions()).containsExactlyElementsOf(oneToN);
        for (int version : versions) {
            assertThat(store.load(version).manifest().version()).isEqualTo(Integer.toString(version));
        }
    }

    @Test
    void ofTwoWritersMovingOneAliasOneWinsAndTheOtherGetsAConflict() throws Exception {
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        store.moveAlias("live", 1, "alice", "start");
        // Both writers read the alias before either writes, so both base their move on `start`.
        CyclicBarrier bothRead = new CyclicBarrier(2);
        ModelStore writers = new ModelStore(new WaitsAfterAliasRead(storage, bothRead), Clock.systemUTC());

        Future<AliasRecord> bob = pool.submit(() -> writers.moveAlias("live", 2, "bob", "retrain"));
        Future<AliasRecord> carol = pool.submit(() -> writers.moveAlias("live", 3, "carol", "hotfix"));

        List<AliasRecord> won = new ArrayList<>();
        List<AliasConflictException> refused = new ArrayList<>();
        for (Future<AliasRecord> writer : List.of(bob, carol)) {
            try {
                won.add(writer.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(AliasConflictException.class);
                refused.add((AliasConflictException) e.getCause());
            }
        }
        assertThat(won).hasSize(1);
        assertThat(refused).hasSize(1);
        AliasRecord winner = won.get(0);
        assertThat(refused.get(0).current()).contains(winner);
        assertThat(refused.get(0)).hasMessageContaining("it names version " + winner.version() + " now");
        assertThat(store.alias("live")).contains(winner);
        assertThat(winner.history()).containsExactly(new AliasRecord.AliasMove(1, MONDAY, "alice", "start"));
    }

    @Test
    void racingWritersThatRetryOnConflictLoseNoMoveFromTheHistory() throws Exception {
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        store.moveAlias("live", 1, "alice", "start");
        int writers = 4;
        int each = Math.min(moves(), 48) / writers;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String writer = "writer-" + w;
            results.add(pool.submit(() -> {
                start.await();
                int conflicts = 0;
                for (int n = 0; n < each; n++) {
                    while (true) {
                        try {
                            store.moveAlias("live", n % 2 + 1, writer, "move " + n);
                            break;
                        } catch (AliasConflictException lost) {
                            conflicts++;
                        }
                    }
                }
                return conflicts;
            }));
        }
        start.countDown();
        for (Future<Integer> result : results) {
            result.get(120, TimeUnit.SECONDS);
        }

        AliasRecord live = store.alias("live").orElseThrow();
        List<String> moves = new ArrayList<>();
        moves.add(live.updatedBy() + " " + live.reason());
        live.history().forEach(move -> moves.add(move.updatedBy() + " " + move.reason()));
        List<String> expected = new ArrayList<>();
        expected.add("alice start");
        for (int w = 0; w < writers; w++) {
            for (int n = 0; n < each; n++) {
                expected.add("writer-" + w + " move " + n);
            }
        }
        assertThat(moves).as("every move, once, newest first").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(moves.get(moves.size() - 1)).isEqualTo("alice start");
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

        mover.get(120, TimeUnit.SECONDS);
        for (Future<Integer> reader : readers) {
            assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
        }
        assertThat(seen).isSubsetOf(1, 2).isNotEmpty();
        assertThat(store.alias("live").orElseThrow().history()).hasSize(Math.min(moves(), 50));
    }

    /** The storage, holding each alias read until {@code barrier}'s other party has read too. */
    private static final class WaitsAfterAliasRead extends ForwardingStorage {
        private final CyclicBarrier barrier;

        WaitsAfterAliasRead(ObjectStorage inner, CyclicBarrier barrier) {
            super(inner);
            this.barrier = barrier;
        }

        @Override
        public Optional<Revision> read(String key) {
            Optional<Revision> revision = super.read(key);
            if (key.startsWith("aliases/")) {
                try {
                    barrier.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other writer never read the alias", e);
                }
            }
            return revision;
        }
    }
}
