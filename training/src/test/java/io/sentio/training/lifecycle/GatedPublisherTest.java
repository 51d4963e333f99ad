package io.sentio.training.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.core.model.ModelBundle;
import io.sentio.core.store.AliasRecord;
import io.sentio.core.store.FileObjectStorage;
import io.sentio.core.store.ModelStore;
import io.sentio.core.store.ObjectStorage;
import io.sentio.core.testing.ForwardingStorage;
import io.sentio.core.testing.TestBundles;
import io.sentio.training.eval.Evaluator;
import io.sentio.training.prepare.Review;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatedPublisherTest {
    private static final ModelBundle BUNDLE = TestBundles.sentiment();
    private static final List<Review> HELD_OUT = List.of(
            new Review(1, "I love this dress, it fits perfectly.", "positive", Optional.empty()),
            new Review(2, "Terrible quality, ripped after one wash.", "negative", Optional.empty()),
            new Review(3, "It is okay, nothing special.", "neutral", Optional.empty()));

    @TempDir
    Path dir;
    private FileObjectStorage files;
    private ModelStore store;
    /** Lets every candidate through, so only the alias decides what happens. */
    private final GatedPublisher publisher = new GatedPublisher(new QualityGate(new GatePolicy(GateMetric.ACCURACY, 1.0),
            new Evaluator(ForkJoinPool.commonPool()), Clock.systemUTC()), "retrain");

    @BeforeEach
    void storeWithALiveModel() {
        files = new FileObjectStorage(dir);
        store = new ModelStore(files, Clock.systemUTC());
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        store.moveAlias("live", 1, "alice", "first");
    }

    @Test
    void aPassingCandidateIsPromotedOverTheModelItWasJudgedAgainst() {
        GatedPublisher.Outcome outcome = publisher.publish(store, "live", BUNDLE, HELD_OUT, "three reviews");

        assertThat(outcome.version()).isEqualTo(3);
        assertThat(outcome.liveBefore()).contains(1);
        assertThat(store.alias("live").orElseThrow().history()).extracting(AliasRecord.AliasMove::version)
                .containsExactly(1);
        assertThat(store.resolve("live")).isEqualTo(3);
    }

    @Test
    void aMoveOfTheAliasWhileTheGateRanIsKeptAndThePromotionFails() {
        ModelStore racing = new ModelStore(new MovesAfterFirstAliasRead(files,
                () -> store.moveAlias("live", 2, "bob", "hotfix")), Clock.systemUTC());

        assertThatThrownBy(() -> publisher.publish(racing, "live", BUNDLE, HELD_OUT, "three reviews"))
                .isInstanceOfSatisfying(GatedPublisher.PromotionFailed.class, failed ->
                        assertThat(failed.version()).isEqualTo(3))
                .hasMessageContaining("version 3 passed the gate and was stored, but alias 'live' could not be moved")
                .hasMessageContaining("it names version 2 now (moved there by bob");

        AliasRecord live = store.alias("live").orElseThrow();
        assertThat(live.version()).isEqualTo(2);
        assertThat(live.updatedBy()).isEqualTo("bob");
        assertThat(store.versions()).containsExactly(1, 2, 3);
    }

    /** The store's files, running {@code move} once right after the gate has read where the alias points. */
    private static final class MovesAfterFirstAliasRead extends ForwardingStorage {
        private Runnable move;

        MovesAfterFirstAliasRead(ObjectStorage files, Runnable move) {
            super(files);
            this.move = move;
        }

        @Override
        public Optional<byte[]> get(String key) {
            Optional<byte[]> bytes = super.get(key);
            if (key.equals("aliases/live.json") && move != null) {
                Runnable once = move;
                move = null;
                once.run();
            }
            return bytes;
        }
    }
}
