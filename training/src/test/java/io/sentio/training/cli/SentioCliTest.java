package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.json.Json;
import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.Manifest;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end on 1,200 real clothing reviews: train once, then use the model. */
class SentioCliTest {
    @TempDir
    static Path work;
    static Path model;
    static CliRun training;
    static final Map<String, String> ENV = Map.of();

    static String fixture() {
        try {
            return Path.of(SentioCliTest.class.getResource("/fixtures/clothing-1200.csv.gz").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void trainOnce() {
        model = work.resolve("model");
        training = CliRun.run(ENV, "train", "--data", fixture(), "--out", model.toString(), "--epochs", "3",
                "--name", "clothing-test");
    }

    @Test
    void trainWritesBundleAndReports() throws Exception {
        assertThat(training.exitCode()).as(training.err()).isZero();
        assertThat(model.resolve("model.tribuo")).isRegularFile();
        assertThat(model.resolve("vocabulary.tsv.gz")).isRegularFile();
        assertThat(model.resolve("evaluation.html")).isRegularFile();
        JsonNode evaluation = Json.mapper().readTree(model.resolve("evaluation.json").toFile());
        for (String field : new String[] {"accuracy", "macro_f1", "per_class", "confusion_matrix", "n_train",
                "n_test", "train_seconds", "skipped"}) {
            assertThat(evaluation.has(field)).as(field).isTrue();
        }
        assertThat(evaluation.get("per_class").get("neutral").has("support")).isTrue();
        assertThat(evaluation.get("accuracy").asDouble()).isGreaterThan(0.5);
        assertThat(training.out()).contains("accuracy", "macro-F1", "positive", "written");
    }

    @Test
    void trainNamesTheLayoutItRecognised() {
        assertThat(training.err()).contains("review CSV");
    }

    @Test
    void manifestRecordsDataTrainerAndMetrics() {
        Manifest manifest = BundleDirectory.read(model).manifest();

        assertThat(manifest.name()).isEqualTo("clothing-test");
        assertThat(manifest.labels()).containsExactly("negative", "neutral", "positive");
        assertThat(manifest.data().sha256()).hasSize(64);
        assertThat(manifest.data().format()).isEqualTo("review-csv");
        assertThat(manifest.data().rows()).containsKeys("train", "test", "read");
        assertThat(manifest.trainer().type()).isEqualTo("logistic");
        assertThat(manifest.trainer().hyperparameters()).containsEntry("epochs", 3);
        assertThat(manifest.metrics()).containsKeys("accuracy", "macro_f1");
        assertThat(manifest.tribuoVersion()).isNotBlank();
        assertThat(manifest.createdAt()).isNotNull();
    }

    @Test
    void predictPrintsLabelAndProbabilities() {
        CliRun run = CliRun.run(ENV, "predict", "--model", model.toString(), "--text",
                "Absolutely love this dress, the fit is perfect and the fabric is beautiful!");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("positive").contains("neutral", "negative");
    }

    @Test
    void predictReadsStdinAndWritesJsonLines() throws Exception {
        CliRun run = CliRun.withInput(ENV, "Love it, perfect fit.\n\nCheap fabric, returned it.\n",
                "predict", "--model", model.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = Json.mapper().readTree(lines[0]);
        assertThat(first.get("text").asText()).isEqualTo("Love it, perfect fit.");
        assertThat(first.get("probabilities").size()).isEqualTo(3);
    }

    @Test
    void predictExplainsTheLabelWithTheTermsAndWhereTheyOccur() {
        String review = "Absolutely love this dress, the fit is perfect!";
        CliRun run = CliRun.run(ENV, "predict", "--model", model.toString(), "--text", review, "--explain",
                "--explain-terms", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines[1]).startsWith("why positive (linear, against ");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
        int perfect = review.indexOf("perfect");
        assertThat(run.out()).contains("perfect").contains("[" + perfect + "," + (perfect + 7) + ")");
    }

    @Test
    void predictExplainsEachLineAsJson() throws Exception {
        CliRun run = CliRun.withInput(ENV, "Love it, perfect fit.\nCheap fabric, returned it.\n",
                "predict", "--model", model.toString(), "--explain", "--sentences", "--explain-label", "negative");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode first = Json.mapper().readTree(run.out().strip().split("\n")[0]);
        JsonNode explanation = first.get("explanation");
        assertThat(explanation.get("label").asText()).isEqualTo("negative");
        assertThat(explanation.get("method").asText()).isEqualTo("linear");
        double sum = explanation.get("bias").asDouble() + explanation.get("other_terms_weight").asDouble();
        for (JsonNode term : explanation.get("terms")) {
            sum += term.get("weight").asDouble();
        }
        assertThat(sum).isCloseTo(explanation.get("score").asDouble(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(first.get("sentences").get(0).has("explanation")).isTrue();
    }

    @Test
    void predictRefusesBadExplainSettingsInOneLine() {
        CliRun unknown = CliRun.run(ENV, "predict", "--model", model.toString(), "--text", "ok", "--explain",
                "--explain-label", "sarcastic");
        CliRun alone = CliRun.run(ENV, "predict", "--model", model.toString(), "--text", "ok", "--explain-label",
                "positive");
        CliRun tooMany = CliRun.run(ENV, "predict", "--model", model.toString(), "--text", "ok", "--explain",
                "--explain-terms", "1000");

        assertThat(unknown.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(unknown.err()).contains("'sarcastic' is not a label of the model").doesNotContain("\tat ");
        assertThat(alone.err()).contains("--explain-label needs --explain");
        assertThat(tooMany.err()).contains("--explain-terms must be from 1 to 100");
    }

    @Test
    void evaluateScoresAModelOnOtherData() {
        CliRun run = CliRun.run(ENV, "evaluate", "--model", model.toString(), "--data", fixture(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("accuracy", "macro-F1");
    }

    @Test
    void publishAddsVersionsAndMovesTheAlias() {
        Path store = work.resolve("store");

        CliRun first = CliRun.run(ENV, "publish", "--model", model.toString(), "--store", store.toUri().toString(),
                "--alias", "live");
        CliRun second = CliRun.run(ENV, "publish", "--model", model.toString(), "--store", store.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().strip()).isEqualTo("1");
        assertThat(second.out().strip()).isEqualTo("2");
        CliRun viaAlias = CliRun.run(ENV, "predict", "--model", store.toUri() + "@live", "--text", "Love it");
        assertThat(viaAlias.exitCode()).as(viaAlias.err()).isZero();
    }

    @Test
    void configFileSetsOptionsAndFlagsOverrideIt() throws Exception {
        Path config = work.resolve("train.yaml");
        Files.writeString(config, "model: svm\nepochs: 2\nmin-count: 3\nsample: 400\n");
        Path out = work.resolve("from-config");

        CliRun run = CliRun.run(ENV, "train", "--config", config.toString(), "--data", fixture(), "--model",
                "logistic", "--out", out.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Manifest manifest = BundleDirectory.read(out).manifest();
        assertThat(manifest.trainer().type()).isEqualTo("logistic");
        assertThat(manifest.trainer().hyperparameters()).containsEntry("epochs", 2);
        assertThat(manifest.features().minCount()).isEqualTo(3);
        assertThat(manifest.data().rows().get("train_reviews") + manifest.data().rows().get("test_reviews"))
                .isEqualTo(400);
    }

    @Test
    void unknownConfigSettingIsOneClearError() throws Exception {
        Path config = work.resolve("typo.yaml");
        Files.writeString(config, "epoch: 2\n");

        CliRun run = CliRun.run(ENV, "train", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(run.err()).contains("unknown setting(s) [epoch]").doesNotContain("Exception");
    }

    @Test
    void missingDataFileIsOneClearErrorWithoutStackTrace() {
        CliRun run = CliRun.run(ENV, "train", "--data", work.resolve("nope.csv").toString(), "--quiet");

        assertThat(run.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(run.err()).startsWith("error: ").contains("nope.csv").doesNotContain("\tat ");
    }

    @Test
    void tamperedModelIsRefusedWithTheIntegrityMessage() throws Exception {
        Path copy = work.resolve("tampered");
        Files.createDirectories(copy);
        for (String f : new String[] {"manifest.json", "model.tribuo", "vocabulary.tsv.gz"}) {
            Files.copy(model.resolve(f), copy.resolve(f));
        }
        byte[] bytes = Files.readAllBytes(copy.resolve("model.tribuo"));
        bytes[bytes.length - 3] ^= 0x40;
        Files.write(copy.resolve("model.tribuo"), bytes);

        CliRun run = CliRun.run(ENV, "predict", "--model", copy.toString(), "--text", "hello");

        assertThat(run.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(run.err()).contains("integrity check").doesNotContain("\tat ");
    }

    @Test
    void badOptionValueIsReportedWithTheChoices() {
        CliRun run = CliRun.run(ENV, "train", "--model", "forest", "--quiet");

        assertThat(run.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(run.err()).contains("--model must be one of [logistic, svm, fm]");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"train", "evaluate", "predict", "publish", "retrain", "models",
                "models list", "models show", "models promote", "models rollback", "score"}) {
            String[] args = (command + " --help").split(" ");
            CliRun run = CliRun.run(ENV, args);
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).contains("Usage: sentio " + command);
        }
    }
}
