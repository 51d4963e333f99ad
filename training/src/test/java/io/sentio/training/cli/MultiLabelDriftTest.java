package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.decision.Decision;
import io.sentio.core.decision.DriftBaseline;
import io.sentio.core.json.Json;
import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.Manifest;
import io.sentio.core.model.ModelBundle;
import io.sentio.training.testing.GenreFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A multi-label model carries a drift baseline, and {@code sentio drift} checks it with and without labels. */
class MultiLabelDriftTest {
    static final Map<String, String> ENV = Map.of();

    @TempDir
    static Path work;
    static Path model;
    static Path holdout;

    @BeforeAll
    static void train() {
        Path data = GenreFiles.csv(work.resolve("genres.csv"), 1000, 3);
        holdout = GenreFiles.csv(work.resolve("holdout.csv"), 1000, 4);
        model = work.resolve("genres");
        CliRun trained = CliRun.run(ENV, "train", "--data", data.toString(), "--text-column", "overview",
                "--label-column", "genres", "--multi-label", "--epochs", "5", "--learning-rate", "0.5", "--min-count",
                "1", "--out", model.toString(), "--quiet");
        assertThat(trained.exitCode()).as(trained.err()).isZero();
    }

    @Test
    void trainingStoresEachLabelsPositiveRateAndTheMarginDistribution() {
        Manifest manifest = BundleDirectory.read(model).manifest();

        DriftBaseline baseline = manifest.decision().baseline().orElseThrow();
        assertThat(baseline.texts()).isEqualTo(((Number) manifest.metrics().get("n_test")).longValue());
        assertThat(baseline.predictedLabels()).containsOnlyKeys(GenreFiles.GENRES);
        assertThat(baseline.trueLabels()).containsOnlyKeys(GenreFiles.GENRES);
        double cardinality = baseline.predictedLabels().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(cardinality).as("GenreFiles gives one to three genres a text").isBetween(1.2, 2.8);
        assertThat(baseline.confidenceBins().lowerEdges().get(0)).isEqualTo(-1.0);
        assertThat(baseline.confidence().p50()).as("the surest genre clears its threshold").isPositive();
        assertThat(baseline.confidenceBins().shares().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void labelledHoldOutDataOfTheSameKindShowsNoDrift() throws Exception {
        JsonNode report = report(drift(holdout.toString(), "--text-column", "overview", "--label-column", "genres"));

        assertThat(report.get("verdict").asText()).as(report.toString()).isEqualTo("no drift");
        assertThat(report.get("labelled").asBoolean()).isTrue();
        assertThat(report.at("/signals/macro_f1/current").asDouble()).isGreaterThan(0.6);
        assertThat(report.at("/signals/label_cardinality/current").asDouble()).isBetween(1.2, 2.8);
        assertThat(report.get("signals").has("true_label_mix_jsd")).isTrue();
    }

    @Test
    void withoutTheGenresTheLabelFreeSignalsAreTheSame() throws Exception {
        Path texts = UnlabelledFiles.withoutColumns(holdout, work.resolve("overviews.csv"), "genres");

        JsonNode labelled = report(drift(holdout.toString(), "--text-column", "overview", "--label-column", "genres"));
        JsonNode unlabelled = report(drift(texts.toString(), "--text-column", "overview"));

        assertThat(unlabelled.get("labelled").asBoolean()).isFalse();
        assertThat(unlabelled.get("metrics_compared").asBoolean()).isFalse();
        for (String signal : List.of("unknown_term_share", "confidence_psi", "label_mix_jsd", "label_cardinality")) {
            assertThat(unlabelled.at("/signals/" + signal + "/distance").asDouble()).as(signal)
                    .isEqualTo(labelled.at("/signals/" + signal + "/distance").asDouble());
        }
    }

    @Test
    void reviewsOfClothesAreNoMovieBlurbs() throws Exception {
        Path reviews = UnlabelledFiles.lines(UnlabelledFiles.texts(Path.of(SentioCliTest.fixture()), "Review Text"),
                work.resolve("reviews.txt"));

        JsonNode report = report(drift(reviews.toString()));

        assertThat(report.get("verdict").asText()).isEqualTo("drift");
        assertThat(report.at("/signals/unknown_term_share/drifted").asBoolean()).isTrue();
        assertThat(report.at("/signals/confidence_psi/drifted").asBoolean()).isTrue();
    }

    @Test
    void aMultiLabelModelWithoutBaselineFailsInOneLine() throws Exception {
        ModelBundle bundle = BundleDirectory.read(model);
        Decision decision = bundle.manifest().decision();
        Path old = work.resolve("old-genres");
        BundleDirectory.write(bundle.withManifest(bundle.manifest().withDecision(
                new Decision(decision.task(), decision.rule()))), old);

        CliRun run = CliRun.run(ENV, "drift", "--model", old.toString(), "--data", holdout.toString(),
                "--text-column", "overview");

        assertThat(run.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("error: ").contains("has no drift baseline");
    }

    private static CliRun drift(String data, String... more) {
        return CliRun.run(ENV, Stream.concat(Stream.of("drift", "--model", model.toString(), "--data", data, "--json",
                "--quiet"), Stream.of(more)).toArray(String[]::new));
    }

    private static JsonNode report(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isIn(SentioCli.OK, SentioCli.DRIFT);
        return Json.mapper().readTree(run.out());
    }
}
