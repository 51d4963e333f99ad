package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.json.Json;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdicts the default thresholds must get right: the default review model (default options,
 * trained here on four fifths of the embedded clothing reviews) shows no drift on the fifth it
 * never saw, and drift on Amazon earphone reviews and on IMDB movie reviews.
 */
class DriftOnRealDataTest {
    private static final Map<String, String> ENV = Map.of();
    private static final Path CLOTHING = Path.of("../data/womens_clothing_reviews.csv.gz");

    @TempDir
    static Path work;
    static Path model;
    static Path heldOut;

    @BeforeAll
    static void trainTheDefaultModelOnFourFifths() {
        Path train = work.resolve("train.csv.gz");
        heldOut = work.resolve("held-out.csv.gz");
        splitEveryFifthRow(CLOTHING, train, heldOut);
        model = work.resolve("model");
        CliRun training = CliRun.run(ENV, "train", "--data", train.toString(), "--out", model.toString(), "--quiet");
        assertThat(training.exitCode()).as(training.err()).isZero();
    }

    @Test
    void heldOutClothingReviewsShowNoDrift() throws Exception {
        CliRun run = drift(heldOut.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(SentioCli.OK);
        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(report.get("verdict").asText()).isEqualTo("no drift");
        assertThat(report.at("/signals/macro_f1/drifted").asBoolean()).isFalse();
    }

    @Test
    void amazonEarphoneReviewsDrift() throws Exception {
        Path earphones = dataset("amazon_in_earphones_reviews/AllProductReviews.csv.gz");

        CliRun run = drift(earphones.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(SentioCli.DRIFT);
        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(report.get("verdict").asText()).isEqualTo("drift");
        assertThat(report.at("/signals/unknown_term_share/drifted").asBoolean()).isTrue();
    }

    @Test
    void imdbMovieReviewsDrift() throws Exception {
        Path imdb = dataset("imdb_aclImdb/aclImdb_labeled.csv.gz");

        CliRun run = drift(imdb.toString(), "--sample", "3000");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(SentioCli.DRIFT);
        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(report.get("texts").asInt()).isEqualTo(3000);
        assertThat(report.at("/signals/unknown_term_share/drifted").asBoolean()).isTrue();
    }

    @Test
    void heldOutClothingReviewsWithoutRatingsShowNoDrift() throws Exception {
        Path unlabelled = UnlabelledFiles.withoutColumns(heldOut, work.resolve("held-out-unlabelled.csv.gz"), "Rating");

        CliRun run = drift(unlabelled.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(SentioCli.OK);
        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(report.get("verdict").asText()).isEqualTo("no drift");
        assertThat(report.get("labelled").asBoolean()).isFalse();
        assertThat(report.get("signals").has("macro_f1")).isFalse();
    }

    @Test
    void amazonEarphoneReviewsWithoutStarsDriftAsOneTextALine() throws Exception {
        Path earphones = dataset("amazon_in_earphones_reviews/AllProductReviews.csv.gz");
        Path lines = UnlabelledFiles.lines(UnlabelledFiles.texts(earphones, "ReviewTitle", "ReviewBody"),
                work.resolve("earphones.txt.gz"));

        CliRun run = drift(lines.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(SentioCli.DRIFT);
        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(report.get("labelled").asBoolean()).isFalse();
        assertThat(report.at("/signals/unknown_term_share/drifted").asBoolean()).isTrue();
        assertThat(report.at("/signals/confidence_psi/drifted").asBoolean()).isTrue();
    }

    @Test
    void theTextReportNamesEverySignalAndEndsWithTheVerdict() {
        CliRun run = CliRun.run(ENV, "drift", "--model", model.toString(), "--data", heldOut.toString(), "--quiet");

        System.out.println(run.out());
        assertThat(run.out()).contains("unknown_term_share", "confidence_psi", "label_mix_jsd", "macro_f1",
                "low_confidence_share", "threshold");
        assertThat(run.out().strip().lines().reduce((a, b) -> b)).contains("verdict: no drift");
    }

    private static CliRun drift(String data, String... more) {
        String[] args = Stream.concat(Stream.of("drift", "--model", model.toString(), "--data", data, "--json",
                "--quiet"), Stream.of(more)).toArray(String[]::new);
        CliRun run = CliRun.run(ENV, args);
        System.out.println(data + " → " + run.out() + run.err());
        return run;
    }

    /** Tests run in training/; the data sets live next to the repository, or where SENTIO_DATASETS says. */
    private static Path dataset(String file) {
        Optional<Path> path = Stream.concat(Optional.ofNullable(System.getenv("SENTIO_DATASETS")).stream(),
                        Stream.of("../../shared/datasets", "../shared/datasets"))
                .map(root -> Path.of(root).resolve(file))
                .filter(Files::isRegularFile)
                .findFirst();
        assumeTrue(path.isPresent(), "real data set not found: " + file);
        return path.get();
    }

    private static void splitEveryFifthRow(Path csvGz, Path fourFifths, Path oneFifth) {
        try (Reader in = new InputStreamReader(new GZIPInputStream(Files.newInputStream(csvGz)), StandardCharsets.UTF_8);
                CSVPrinter big = printer(fourFifths);
                CSVPrinter small = printer(oneFifth)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.parse(in).getRecords();
            big.printRecord(rows.get(0).toList());
            small.printRecord(rows.get(0).toList());
            for (int i = 1; i < rows.size(); i++) {
                (i % 5 == 0 ? small : big).printRecord(rows.get(i).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVPrinter printer(Path gz) throws IOException {
        Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(gz)), StandardCharsets.UTF_8);
        return new CSVPrinter(out, CSVFormat.DEFAULT);
    }
}
