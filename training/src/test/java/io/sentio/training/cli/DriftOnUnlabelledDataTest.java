package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sentio drift} on data without labels: the label-free signals decide, metrics are not compared. */
class DriftOnUnlabelledDataTest {
    private static final Map<String, String> ENV = Map.of();

    @TempDir
    static Path work;
    static Path model;
    static List<String> texts;

    @BeforeAll
    static void train() {
        model = work.resolve("model");
        CliRun training = CliRun.run(ENV, "train", "--data", SentioCliTest.fixture(), "--out", model.toString(),
                "--epochs", "3", "--quiet");
        assertThat(training.exitCode()).as(training.err()).isZero();
        texts = UnlabelledFiles.texts(Path.of(SentioCliTest.fixture()), "Title", "Review Text");
    }

    @Test
    void aCsvWithoutItsRatingGivesTheSameLabelFreeSignalsAndNoMetric() throws Exception {
        Path unlabelled = UnlabelledFiles.withoutColumns(Path.of(SentioCliTest.fixture()),
                work.resolve("no-rating.csv.gz"), "Rating");

        JsonNode labelled = report(drift(SentioCliTest.fixture()));
        JsonNode stripped = report(drift(unlabelled.toString()));

        assertThat(labelled.get("labelled").asBoolean()).isTrue();
        assertThat(labelled.get("metrics_compared").asBoolean()).isTrue();
        assertThat(stripped.get("labelled").asBoolean()).isFalse();
        assertThat(stripped.get("metrics_compared").asBoolean()).isFalse();
        assertThat(stripped.get("signals").has("macro_f1")).isFalse();
        assertThat(stripped.get("signals").has("true_label_mix_jsd")).isFalse();
        assertThat(stripped.get("texts").asInt()).isEqualTo(labelled.get("texts").asInt());
        for (String signal : List.of("unknown_term_share", "confidence_psi", "label_mix_jsd", "low_confidence_share")) {
            assertThat(stripped.at("/signals/" + signal + "/distance").asDouble()).as(signal)
                    .isCloseTo(labelled.at("/signals/" + signal + "/distance").asDouble(), within(1e-12));
        }
        assertThat(stripped.get("verdict")).isEqualTo(labelled.get("verdict"));
    }

    @Test
    void jsonLinesAndPlainTextAreReadWithoutLabels() throws Exception {
        Path jsonl = UnlabelledFiles.jsonl(texts, work.resolve("incoming.jsonl"));
        Path lines = UnlabelledFiles.lines(texts, work.resolve("incoming.txt.gz"));

        JsonNode fromJsonl = report(drift(jsonl.toString()));
        JsonNode fromLines = report(drift(lines.toString()));

        for (JsonNode report : List.of(fromJsonl, fromLines)) {
            assertThat(report.get("labelled").asBoolean()).isFalse();
            assertThat(report.get("texts").asInt()).isGreaterThan(1000);
            assertThat(report.at("/signals/unknown_term_share/current").asDouble()).isBetween(0.0, 0.05);
        }
        assertThat(fromLines.get("texts").asInt()).isEqualTo(fromJsonl.get("texts").asInt());
    }

    @Test
    void aDirectoryOfGzipPartsIsReadAsOneData() throws Exception {
        Path parts = UnlabelledFiles.parts(texts, work.resolve("backlog"), 3);
        Path whole = UnlabelledFiles.lines(texts, work.resolve("whole.txt"));

        JsonNode fromParts = report(drift(parts.toString()));
        JsonNode fromWhole = report(drift(whole.toString()));

        assertThat(fromParts.get("texts").asInt()).isEqualTo(fromWhole.get("texts").asInt());
        assertThat(fromParts.at("/signals/confidence_psi/distance").asDouble())
                .isEqualTo(fromWhole.at("/signals/confidence_psi/distance").asDouble());
    }

    @Test
    void aSampleOfUnlabelledTextsIsSeeded() throws Exception {
        Path lines = UnlabelledFiles.lines(texts, work.resolve("sampled.txt"));

        JsonNode first = report(drift(lines.toString(), "--sample", "300", "--seed", "7"));
        JsonNode again = report(drift(lines.toString(), "--sample", "300", "--seed", "7"));
        JsonNode other = report(drift(lines.toString(), "--sample", "300", "--seed", "8"));

        assertThat(first.get("texts").asInt()).isEqualTo(300);
        assertThat(again.get("signals")).isEqualTo(first.get("signals"));
        assertThat(other.at("/signals/unknown_term_share/current").asDouble())
                .isNotEqualTo(first.at("/signals/unknown_term_share/current").asDouble());
    }

    @Test
    void theTextReportSaysMetricsWereNotCompared() {
        Path lines = UnlabelledFiles.lines(texts, work.resolve("report.txt"));

        CliRun run = CliRun.run(ENV, "drift", "--model", model.toString(), "--data", lines.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isIn(SentioCli.OK, SentioCli.DRIFT);
        assertThat(run.out()).contains("unknown_term_share", "confidence_psi", "label_mix_jsd")
                .doesNotContain("macro_f1").contains("metrics were not compared");
        assertThat(run.out().strip().lines().reduce((a, b) -> b).orElseThrow()).startsWith("verdict: ");
    }

    @Test
    void unreadableUnlabelledDataIsAOneLineFailure() throws Exception {
        Path unknownColumns = Files.writeString(work.resolve("unknown.csv"), "foo,bar\n1,2\n");
        Path blank = Files.writeString(work.resolve("blank.txt"), "\n  \n\n");
        Path emptyDirectory = Files.createDirectories(work.resolve("empty"));
        Path texts = UnlabelledFiles.lines(List.of("a fine dress"), work.resolve("one.txt"));

        CliRun columns = drift(unknownColumns.toString());
        CliRun noText = drift(blank.toString());
        CliRun noParts = drift(emptyDirectory.toString());
        CliRun labelAskedFor = drift(texts.toString(), "--label-column", "label");
        CliRun labelSetsForASingleLabelModel = drift(texts.toString(), "--multi-label");

        for (CliRun run : List.of(columns, noText, noParts, labelAskedFor, labelSetsForASingleLabelModel)) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(SentioCli.FAILED);
            assertThat(run.err().strip()).doesNotContain("\n").startsWith("error: ");
            assertThat(run.out()).isEmpty();
        }
        assertThat(columns.err()).contains("--text-column", "[foo, bar]");
        assertThat(noText.err()).contains("no text to check");
        assertThat(noParts.err()).contains("no input parts");
        assertThat(labelSetsForASingleLabelModel.err()).contains("--multi-label", "single-label");
    }

    private static CliRun drift(String data, String... more) {
        String[] args = Stream.concat(Stream.of("drift", "--model", model.toString(), "--data", data, "--json",
                "--quiet"), Stream.of(more)).toArray(String[]::new);
        return CliRun.run(ENV, args);
    }

    private static JsonNode report(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isIn(SentioCli.OK, SentioCli.DRIFT);
        return Json.mapper().readTree(run.out());
    }
}
