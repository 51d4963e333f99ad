package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.decision.Decision;
import io.sentio.core.decision.DriftBaseline;
import io.sentio.core.json.Json;
import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.Manifest;
import io.sentio.core.model.ModelBundle;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sentio drift} on a small model trained from the 1,200 real clothing reviews. */
class DriftCommandTest {
    static final Map<String, String> ENV = Map.of();

    @TempDir
    static Path work;
    static Path model;

    @BeforeAll
    static void train() {
        model = work.resolve("model");
        CliRun training = CliRun.run(ENV, "train", "--data", SentioCliTest.fixture(), "--out", model.toString(),
                "--epochs", "3", "--quiet");
        assertThat(training.exitCode()).as(training.err()).isZero();
    }

    @Test
    void trainingStoresTheBaselineMeasuredOnTheHeldOutTexts() {
        Manifest manifest = BundleDirectory.read(model).manifest();

        DriftBaseline baseline = manifest.decision().baseline().orElseThrow();
        assertThat(baseline.texts()).isEqualTo(((Number) manifest.metrics().get("n_test")).longValue());
        assertThat(baseline.predictedLabels()).containsOnlyKeys(manifest.labels());
        assertThat(baseline.trueLabels()).containsOnlyKeys(manifest.labels());
        assertThat(baseline.unknownTermShare().mean()).isBetween(0.0, 0.2);
        assertThat(baseline.confidence().p05()).isLessThanOrEqualTo(baseline.confidence().p95());
        assertThat(baseline.confidenceBins().shares().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void theBaselineIsInTheManifestFileAsDecisionBaseline() throws Exception {
        JsonNode manifest = Json.mapper().readTree(model.resolve("manifest.json").toFile());

        assertThat(manifest.at("/decision/baseline/unknown_term_share/mean").isNumber()).isTrue();
        assertThat(manifest.at("/decision/baseline/low_confidence/below").isNumber()).isTrue();
        assertThat(manifest.at("/decision/rule/kind").asText()).isNotBlank();
    }

    @Test
    void thresholdsAreConfigurableAndReported() throws Exception {
        CliRun run = CliRun.run(ENV, "drift", "--model", model.toString(), "--data", SentioCliTest.fixture(), "--json",
                "--quiet", "--threshold-confidence-psi", "0", "--threshold-label-mix", "1");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(SentioCli.DRIFT);
        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(report.at("/thresholds/confidence_psi").asDouble()).isZero();
        assertThat(report.at("/thresholds/label_mix").asDouble()).isEqualTo(1.0);
        assertThat(report.at("/signals/confidence_psi/drifted").asBoolean()).isTrue();
        assertThat(report.at("/signals/label_mix_jsd/drifted").asBoolean()).isFalse();
    }

    @Test
    void aSampleChecksThatManyTexts() throws Exception {
        CliRun run = CliRun.run(ENV, "drift", "--model", model.toString(), "--data", SentioCliTest.fixture(), "--json",
                "--quiet", "--sample", "200");

        assertThat(run.exitCode()).as(run.err()).isIn(SentioCli.OK, SentioCli.DRIFT);
        assertThat(Json.mapper().readTree(run.out()).get("texts").asInt()).isEqualTo(200);
    }

    @Test
    void aModelWithoutBaselineFailsInOneLine() throws Exception {
        ModelBundle bundle = BundleDirectory.read(model);
        Decision decision = bundle.manifest().decision();
        Path old = work.resolve("old-model");
        BundleDirectory.write(bundle.withManifest(bundle.manifest().withDecision(
                new Decision(decision.task(), decision.rule()))), old);

        CliRun run = CliRun.run(ENV, "drift", "--model", old.toString(), "--data", SentioCliTest.fixture());

        assertThat(run.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("error: ").contains("has no drift baseline");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badInputIsAOneLineFailureAndABadCommandLineAUsageError() {
        CliRun negative = CliRun.run(ENV, "drift", "--model", model.toString(), "--data", SentioCliTest.fixture(),
                "--threshold-macro-f1-drop", "-0.1");
        CliRun missingFile = CliRun.run(ENV, "drift", "--model", model.toString(), "--data",
                work.resolve("nothing.csv").toString(), "--quiet");
        CliRun noData = CliRun.run(ENV, "drift", "--model", model.toString());
        CliRun notANumber = CliRun.run(ENV, "drift", "--model", model.toString(), "--data", SentioCliTest.fixture(),
                "--sample", "many");

        assertThat(negative.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(negative.err().strip()).isEqualTo(
                "error: macro-F1 drop threshold must be a finite number of 0 or more, was -0.1");
        assertThat(missingFile.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(missingFile.err().strip()).doesNotContain("\n").startsWith("error: ");
        assertThat(noData.exitCode()).isEqualTo(SentioCli.USAGE);
        assertThat(notANumber.exitCode()).isEqualTo(SentioCli.USAGE);
    }

    @Test
    void predictJsonLinesCarryEachTextsUnknownTermShare() throws Exception {
        CliRun run = CliRun.withInput(ENV, "Love it, perfect fit.\nzorbly plinkish wuggle\n", "predict",
                "--model", model.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(Json.mapper().readTree(lines[0]).get("unknown_term_share").asDouble()).isZero();
        assertThat(Json.mapper().readTree(lines[1]).get("unknown_term_share").asDouble()).isEqualTo(1.0);
    }
}
