package io.sentio.training.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.decision.DecisionRule;
import io.sentio.core.decision.Task;
import io.sentio.core.features.FeatureConfig;
import io.sentio.core.json.Json;
import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.Prediction;
import io.sentio.training.data.DataFormatException;
import io.sentio.training.data.DataSources;
import io.sentio.training.data.InputOpener;
import io.sentio.training.data.LabelSetOptions;
import io.sentio.training.data.LoadOptions;
import io.sentio.training.prepare.Granularity;
import io.sentio.training.progress.Progress;
import io.sentio.training.testing.GenreFiles;
import io.sentio.training.train.Hyperparameters;
import io.sentio.training.train.ModelKind;
import io.sentio.training.train.ThresholdMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingJobMultiLabelTest {
    private static final ForkJoinPool POOL = new ForkJoinPool(2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path work;
    static MultiLabelTrainingResult result;

    @BeforeAll
    static void train() {
        result = run(options(GenreFiles.csv(work.resolve("genres.csv"), 400, 7).toString(), "genres",
                new MultiLabelSettings(ThresholdMode.PER_LABEL, 1)));
    }

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    private static TrainingOptions options(String data, String name, MultiLabelSettings settings) {
        LoadOptions load = LoadOptions.defaults().withTextColumns(List.of("overview")).withLabelColumn("genres")
                .withLabelSets(LabelSetOptions.sets());
        return new TrainingOptions(data, load, Optional.empty(), Granularity.REVIEW, 0, 0.2, 42,
                FeatureConfig.defaults().withMinCount(1), ModelKind.LOGISTIC,
                Hyperparameters.defaults().with(5, 0.5, 0.0), Optional.empty(), name, work.resolve(name), settings);
    }

    private static MultiLabelTrainingResult run(TrainingOptions options) {
        return new TrainingJob(new DataSources(InputOpener.fromEnvironment()), POOL, Progress.silent(), CLOCK)
                .runMultiLabel(options);
    }

    @Test
    void learnsLabelSetsOnASeededRandomSplit() {
        assertThat(result.evaluation().microF1()).isGreaterThan(0.8);
        assertThat(result.evaluation().nTest()).isEqualTo(80);
        assertThat(result.evaluation().labelCardinality().get("true")).isBetween(1.5, 2.5);
        assertThat(result.bundle().manifest().trainer().hyperparameters()).containsEntry("split", "random");
    }

    @Test
    void theBundleRecordsTheTaskAndTheTunedThresholdsAndReadsBack() throws IOException {
        var manifest = BundleDirectory.read(work.resolve("genres")).manifest();

        assertThat(manifest.decision().task()).isEqualTo(Task.MULTI_LABEL);
        DecisionRule.LabelThresholds rule = (DecisionRule.LabelThresholds) manifest.decision().rule();
        assertThat(rule.minLabels()).isEqualTo(1);
        assertThat(rule.thresholds().keySet()).isSubsetOf(GenreFiles.GENRES);
        assertThat(manifest.labels()).containsExactlyElementsOf(GenreFiles.GENRES);
        assertThat(manifest.metrics()).containsKeys("micro_f1", "macro_f1", "hamming_loss");
        Prediction p = new Classifier(BundleDirectory.read(work.resolve("genres")).open())
                .predict("a haunted house full of ghost and blood, and a funny prank at a party");
        assertThat(p.labels()).contains("Horror", "Comedy");
    }

    @Test
    void evaluationJsonHoldsTheMultiLabelMetricsPerLabelWithThresholds() throws IOException {
        JsonNode json = Json.mapper().readTree(work.resolve("genres").resolve("evaluation.json").toFile());

        assertThat(json.get("task").asText()).isEqualTo("multi_label");
        for (String field : List.of("micro_f1", "macro_f1", "samples_f1", "hamming_loss", "subset_accuracy")) {
            assertThat(json.get(field).isNumber()).as(field).isTrue();
        }
        JsonNode action = json.get("per_label").get("Action");
        for (String field : List.of("precision", "recall", "f1", "support", "threshold")) {
            assertThat(action.has(field)).as(field).isTrue();
        }
        assertThat(json.get("label_cardinality").has("predicted")).isTrue();
        assertThat(Files.readString(work.resolve("genres").resolve("evaluation.html"))).contains("Per label");
    }

    @Test
    void automaticFeatureSettingsAreResolvedBeforeFittingAndStoredAsUsed() {
        FeatureConfig automatic = new FeatureConfig(true, FeatureConfig.AUTO, 1, 0,
                io.sentio.core.features.TermWeighting.AUTO, true, true, io.sentio.core.features.NbWeighting.AUTO,
                FeatureConfig.AUTO_MAX_TERMS,
                io.sentio.core.features.NegationMarking.AUTO);
        TrainingOptions base = options(GenreFiles.csv(work.resolve("genres-auto.csv"), 400, 5).toString(),
                "genres-auto", MultiLabelSettings.defaults());

        MultiLabelTrainingResult auto = run(base.withFeatures(automatic));

        FeatureConfig stored = auto.bundle().manifest().features();
        assertThat(stored.adaptive()).as("serving extracts exactly what training used").isFalse();
        assertThat(stored.nbWeighting()).isEqualTo(io.sentio.core.features.NbWeighting.OFF);
        assertThat(stored.negation()).as("genres are topics").isEqualTo(io.sentio.core.features.NegationMarking.OFF);
        assertThat(auto.evaluation().microF1()).isGreaterThan(0.8);
    }

    @Test
    void anExplicitTestSetReplacesTheSplit() {
        String test = GenreFiles.csv(work.resolve("genres-test.csv"), 60, 99).toString();
        TrainingOptions base = options(GenreFiles.csv(work.resolve("genres-train.csv"), 300, 8).toString(),
                "explicit", new MultiLabelSettings(ThresholdMode.GLOBAL, 1));
        TrainingOptions options = new TrainingOptions(base.data(), base.load(), Optional.of(test), base.granularity(),
                0, 0.2, 42, base.features(), base.model(), base.hyperparameters(), base.tune(), base.name(), base.out(),
                base.multiLabelSettings());

        MultiLabelTrainingResult explicit = run(options);

        assertThat(explicit.evaluation().nTest()).isEqualTo(60);
        assertThat(explicit.bundle().manifest().trainer().hyperparameters()).containsEntry("split", "explicit")
                .containsEntry("thresholds", "global");
        assertThat(((DecisionRule.LabelThresholds) explicit.bundle().manifest().decision().rule()).thresholds())
                .isEmpty();
    }

    @Test
    void aFileWhereNoRowHasALabelSetIsOneClearError() throws IOException {
        Path broken = Files.writeString(work.resolve("broken.csv"), "overview,genres\nA war film.,\"[{\"\"id\"\": 1}]\"\n"
                + "A comedy.,[\n");

        assertThatThrownBy(() -> run(options(broken.toString(), "broken", MultiLabelSettings.defaults())))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("no row of " + broken)
                .hasMessageContaining("a JSON list")
                .hasMessageContaining("malformed_label=2");
    }
}
