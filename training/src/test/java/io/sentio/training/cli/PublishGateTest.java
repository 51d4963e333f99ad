package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.model.GateDecision;
import io.sentio.core.store.ModelStore;
import io.sentio.core.store.ModelStores;
import io.sentio.core.store.S3Clients;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code publish --gate}: a model trained on real labels and one trained on shuffled labels, both
 * scored against the live model on 300 held-out real reviews.
 */
class PublishGateTest {
    static final Map<String, String> ENV = Map.of();

    @TempDir
    static Path work;
    static ReviewFiles files;
    static Path good;
    static Path shuffled;

    @BeforeAll
    static void trainAGoodAndAShuffledModel() {
        files = ReviewFiles.writeTo(work);
        good = train(files.train(), "good");
        shuffled = train(files.shuffledTrain(), "shuffled");
    }

    private static Path train(Path data, String name) {
        Path out = work.resolve(name);
        CliRun run = CliRun.run(ENV, "train", "--data", data.toString(), "--out", out.toString(), "--epochs", "3",
                "--name", "reviews", "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    private static CliRun publishGated(Path model, String store, String... more) {
        String[] args = {"publish", "--model", model.toString(), "--store", store, "--gate", "--gate-data",
                files.holdout().toString(), "--quiet"};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return CliRun.run(ENV, all);
    }

    private static ModelStore open(String store) {
        return new ModelStores(() -> S3Clients.create(ENV), Clock.systemUTC()).open(store);
    }

    @Test
    void firstGatedPublishWithNoLiveModelIsPromoted() {
        String store = work.resolve("first").toString();

        CliRun run = publishGated(good, store);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(SentioCli.OK);
        assertThat(run.out()).startsWith("1\n").contains("live       none", "promoted: alias live -> version 1");
        GateDecision decision = open(store).manifest(1).orElseThrow().gate().orElseThrow();
        assertThat(decision.promoted()).isTrue();
        assertThat(decision.liveScore()).isEmpty();
        assertThat(decision.liveVersion()).isEmpty();
        assertThat(decision.heldOutData()).contains("holdout.csv").containsPattern("\\(2\\d\\d reviews\\)");
        assertThat(open(store).resolve("live")).isEqualTo(1);
    }

    @Test
    void betterCandidateIsPromotedAndAWorseOneIsRefusedButKept() {
        String store = work.resolve("sequence").toString();
        assertThat(publishGated(shuffled, store).exitCode()).isEqualTo(SentioCli.OK);

        CliRun better = publishGated(good, store);
        CliRun worse = publishGated(shuffled, store);

        assertThat(better.exitCode()).as(better.err()).isEqualTo(SentioCli.OK);
        assertThat(better.out()).startsWith("2\n").contains("promoted: alias live -> version 2");
        assertThat(worse.exitCode()).as(worse.err()).isEqualTo(SentioCli.GATE_REFUSED);
        assertThat(worse.out()).startsWith("3\n").contains("candidate  ", "live       ",
                "refused: alias live stays at version 2; version 3 kept for inspection");
        ModelStore written = open(store);
        assertThat(written.versions()).containsExactly(1, 2, 3);
        assertThat(written.resolve("live")).isEqualTo(2);
        assertThat(written.alias("live").orElseThrow().reason()).startsWith("quality gate passed: macro_f1");
        GateDecision refused = written.manifest(3).orElseThrow().gate().orElseThrow();
        assertThat(refused.promoted()).isFalse();
        assertThat(refused.metric()).isEqualTo("macro_f1");
        assertThat(refused.liveVersion()).contains(2);
        assertThat(refused.liveScore()).get().satisfies(live -> assertThat(refused.candidateScore()).isLessThan(live));
        GateDecision promoted = written.manifest(2).orElseThrow().gate().orElseThrow();
        assertThat(promoted.liveVersion()).contains(1);
        assertThat(promoted.candidateScore()).isGreaterThan(promoted.liveScore().orElseThrow());
    }

    @Test
    void toleranceAndMetricAreTheCallersChoice() {
        String store = work.resolve("tolerant").toString();
        assertThat(publishGated(good, store).exitCode()).isEqualTo(SentioCli.OK);

        CliRun run = publishGated(shuffled, store, "--gate-metric", "accuracy", "--gate-tolerance", "1.0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(SentioCli.OK);
        GateDecision decision = open(store).manifest(2).orElseThrow().gate().orElseThrow();
        assertThat(decision.metric()).isEqualTo("accuracy");
        assertThat(decision.tolerance()).isEqualTo(1.0);
        assertThat(decision.promoted()).isTrue();
        assertThat(open(store).resolve("live")).isEqualTo(2);
    }

    @Test
    void gateWithoutGateDataIsAUsageErrorAndPublishesNothing() {
        Path store = work.resolve("usage");

        CliRun run = CliRun.run(ENV, "publish", "--model", good.toString(), "--store", store.toString(), "--gate");

        assertThat(run.exitCode()).isEqualTo(SentioCli.USAGE);
        assertThat(run.err()).contains("--gate needs --gate-data");
        assertThat(store).doesNotExist();
    }

    @Test
    void aNegativeToleranceIsOneClearError() {
        CliRun run = publishGated(good, work.resolve("negative").toString(), "--gate-tolerance", "-0.1");

        assertThat(run.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(run.err()).startsWith("error: --gate-tolerance").doesNotContain("\tat ");
    }
}
