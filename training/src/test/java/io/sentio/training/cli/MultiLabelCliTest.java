package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.json.Json;
import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.GateDecision;
import io.sentio.core.store.ModelStore;
import io.sentio.core.store.ModelStores;
import io.sentio.core.store.S3Clients;
import io.sentio.core.testing.TestBundles;
import io.sentio.training.testing.GenreFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --multi-label}, then predict, evaluate and a gated publish of the label-set model. */
class MultiLabelCliTest {
    static final Map<String, String> ENV = Map.of();

    @TempDir
    static Path work;
    static Path data;
    static Path holdout;
    static Path model;
    static CliRun trained;

    @BeforeAll
    static void train() {
        data = GenreFiles.csv(work.resolve("genres.csv"), 400, 3);
        holdout = GenreFiles.csv(work.resolve("holdout.csv"), 80, 4);
        model = work.resolve("genres");
        trained = CliRun.run(ENV, "train", "--data", data.toString(), "--text-column", "overview", "--label-column",
                "genres", "--multi-label", "--epochs", "5", "--learning-rate", "0.5", "--min-count", "1", "--out",
                model.toString(), "--quiet");
    }

    @Test
    void trainPrintsTheMultiLabelMetricsAndPerLabelThresholds() {
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        assertThat(trained.out()).contains("micro-F1   0.", "macro-F1   0.", "samples-F1 0.", "hamming    0.",
                "subset-acc ", "labels     ", "threshold 0.");
        assertThat(trained.out()).containsPattern("Action +precision");
    }

    @Test
    void predictPrintsTheLabelSet() {
        CliRun run = CliRun.run(ENV, "predict", "--model", model.toString(), "--text",
                "a haunted house, a ghost and blood, then a hilarious prank at a silly party");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("[").containsPattern("^\\[[^]]*Horror[^]]*\\]  \\(");
        assertThat(run.out()).contains("Comedy");
    }

    @Test
    void predictFromStdinAnswersJsonWithALabelsArray() throws IOException {
        CliRun run = CliRun.withInput(ENV, "a kiss at the wedding of a loving couple\n", "predict", "--model",
                model.toString());

        JsonNode line = Json.mapper().readTree(run.out());
        assertThat(line.get("labels").isArray()).isTrue();
        assertThat(line.get("labels").toString()).contains("Romance");
        assertThat(line.has("label")).isFalse();
        assertThat(line.get("probabilities").size()).isEqualTo(4);
    }

    @Test
    void evaluateScoresAMultiLabelModelOnLabelSets() {
        Path out = work.resolve("evaluation");
        CliRun run = CliRun.run(ENV, "evaluate", "--model", model.toString(), "--data", holdout.toString(),
                "--text-column", "overview", "--label-column", "genres", "--out", out.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("micro-F1", "rows       80 evaluated");
        assertThat(out.resolve("evaluation.json")).exists();
    }

    @Test
    void aMultiLabelCandidateIsGatedOnMicroF1() {
        String store = work.resolve("store-sets").toString();

        CliRun first = publishGated(store);
        CliRun second = publishGated(store);

        assertThat(first.exitCode()).as(first.err()).isEqualTo(SentioCli.OK);
        assertThat(second.exitCode()).as(second.err()).isEqualTo(SentioCli.OK);
        GateDecision decision = open(store).manifest(2).orElseThrow().gate().orElseThrow();
        assertThat(decision.metric()).isEqualTo("micro_f1");
        assertThat(decision.liveScore()).contains(decision.candidateScore());
    }

    @Test
    void aCandidateIsNeverGatedAgainstALiveModelOfTheOtherTask() throws IOException {
        Path storeDir = work.resolve("store-mixed");
        ModelStore store = open(storeDir.toString());
        int single = store.publish(TestBundles.sentiment("genres"));
        store.moveAlias("live", single, "test", "a single-label model is live");

        CliRun run = publishGated(storeDir.toString());

        assertThat(run.exitCode()).isEqualTo(SentioCli.TASK_MISMATCH);
        assertThat(run.err()).startsWith("error: the candidate is a multi_label model but the live model (version 1)"
                + " is single_label").doesNotContain("\tat ");
        assertThat(open(storeDir.toString()).versions()).containsExactly(1);
        assertThat(open(storeDir.toString()).resolve("live")).isEqualTo(1);
    }

    @Test
    void retrainTrainsALabelSetModelGatesItOnMicroF1AndReportsItsFigures() throws IOException {
        String store = work.resolve("store-retrain").toString();

        CliRun first = retrain(store, "--multi-label");
        CliRun second = retrain(store, "--multi-label");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(SentioCli.OK);
        assertThat(second.exitCode()).as(second.err()).isEqualTo(SentioCli.OK);
        ModelStore written = open(store);
        assertThat(written.versions()).containsExactly(1, 2);
        assertThat(written.resolve("live")).isEqualTo(2);
        assertThat(written.manifest(2).orElseThrow().decision().multiLabel()).isTrue();
        GateDecision decision = written.manifest(2).orElseThrow().gate().orElseThrow();
        assertThat(decision.metric()).isEqualTo("micro_f1");
        assertThat(decision.liveScore()).isPresent();
        JsonNode metrics = emf(second);
        assertThat(metrics.get("RetrainMacroF1").asDouble()).isBetween(0.5, 1.0);
        assertThat(metrics.get("RetrainAccuracy").asDouble()).as("subset accuracy").isBetween(0.0, 1.0);
        assertThat(second.out()).contains("status     promoted");
        String[] table = CliRun.run(ENV, "models", "list", "--store", store).out().split("\n");
        assertThat(table[0]).containsPattern("accuracy +macro_f1 +micro_f1 +gate");
        assertThat(table[2]).as("subset accuracy, macro-F1 and micro-F1 of version 2")
                .containsPattern("^ +2 .* 0\\.\\d{4} +0\\.\\d{4} +0\\.\\d{4} +promoted +live$");
    }

    @Test
    void retrainRefusesBeforeTrainingWhenTheLiveModelAnswersTheOtherTask() {
        Path singleDir = work.resolve("store-single-live");
        ModelStore single = open(singleDir.toString());
        single.moveAlias("live", single.publish(TestBundles.sentiment("genres")), "test", "a classifier is live");
        Path setsDir = work.resolve("store-sets-live");
        ModelStore sets = open(setsDir.toString());
        sets.moveAlias("live", sets.publish(TestBundles.genres()), "test", "a label-set model is live");

        CliRun labelSets = retrain(singleDir.toString(), "--multi-label");
        CliRun oneLabel = retrain(setsDir.toString());

        assertThat(labelSets.exitCode()).isEqualTo(SentioCli.TASK_MISMATCH);
        assertThat(labelSets.err()).contains("is single_label and this run would train a multi_label model",
                "retrain without --multi-label").doesNotContain("\tat ", "features for");
        assertThat(oneLabel.exitCode()).isEqualTo(SentioCli.TASK_MISMATCH);
        assertThat(oneLabel.err()).contains("is multi_label and this run would train a single_label model",
                "retrain with --multi-label");
        assertThat(open(singleDir.toString()).versions()).containsExactly(1);
        assertThat(open(setsDir.toString()).versions()).containsExactly(1);
    }

    @Test
    void theConfigFileTurnsMultiLabelOnWithTheOtherSettings() throws IOException {
        Path config = Files.writeString(work.resolve("multi-label.yaml"), "data: " + data + "\n"
                + "text-column: [overview]\nlabel-column: genres\nmulti-label: true\nthresholds: global\n"
                + "min-labels: 2\nepochs: 2\nmin-count: 1\nout: " + work.resolve("from-config") + "\n");

        CliRun run = CliRun.run(ENV, "train", "--config", config.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        var manifest = BundleDirectory.read(work.resolve("from-config")).manifest();
        assertThat(manifest.decision().multiLabel()).isTrue();
        var rule = (io.sentio.core.decision.DecisionRule.LabelThresholds) manifest.decision().rule();
        assertThat(rule.thresholds()).isEmpty();
        assertThat(rule.minLabels()).isEqualTo(2);
    }

    @Test
    void optionsOfSingleLabelTrainingAreRefusedWithMultiLabel() {
        CliRun run = CliRun.run(ENV, "train", "--data", data.toString(), "--text-column", "overview",
                "--label-column", "genres", "--multi-label", "--tune", "--out", work.resolve("tuned").toString());

        assertThat(run.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(run.err()).startsWith("error: --tune is for single-label models");
    }

    private static CliRun retrain(String store, String... flags) {
        List<String> args = new ArrayList<>(List.of("retrain", "--data", data.toString(), "--store", store,
                "--text-column", "overview", "--label-column", "genres", "--epochs", "5", "--learning-rate", "0.5",
                "--min-count", "1"));
        args.addAll(List.of(flags));
        return CliRun.run(ENV, args.toArray(String[]::new));
    }

    /** The one EMF line a retrain run writes to stdout. */
    private static JsonNode emf(CliRun run) throws IOException {
        for (String line : run.out().split("\n")) {
            if (line.startsWith("{") && line.contains("\"_aws\"")) {
                return Json.mapper().readTree(line);
            }
        }
        throw new AssertionError("no EMF line in " + run.out());
    }

    private static CliRun publishGated(String store) {
        return CliRun.run(ENV, "publish", "--model", model.toString(), "--store", store, "--gate", "--gate-data",
                holdout.toString(), "--text-column", "overview", "--label-column", "genres", "--quiet");
    }

    private static ModelStore open(String store) {
        return new ModelStores(() -> S3Clients.create(ENV), Clock.systemUTC()).open(store);
    }
}
