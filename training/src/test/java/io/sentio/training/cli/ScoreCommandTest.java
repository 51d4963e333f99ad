package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.core.model.BundleDirectory;
import io.sentio.core.testing.TestBundles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
    private static final Map<String, String> ENV = Map.of();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path model;

    @TempDir
    Path work;

    @BeforeAll
    static void writeModel() throws IOException {
        model = shared.resolve("model");
        BundleDirectory.write(TestBundles.sentiment(), model);
    }

    @Test
    void scoresACsvFileIntoGzipJsonLinesInOrderAndPrintsASummaryLine() throws Exception {
        Path data = work.resolve("backlog.csv");
        Files.writeString(data, "key,Title,Review Text\nk1,Love it,Perfect fit.\nk2,,\nk3,Awful,Cheap fabric\n");
        Path out = work.resolve("scored.jsonl.gz");

        CliRun run = CliRun.run(ENV, "score", "--model", model.toString(), "--data", data.toString(),
                "--out", out.toString(), "--id-column", "key", "--threads", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> lines = lines(out);
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly("k1", "k2", "k3");
        assertThat(lines.get(0).get("label").asText()).isEqualTo("positive");
        assertThat(lines.get(0).get("probabilities").size()).isEqualTo(3);
        assertThat(lines.get(1).get("error").asText()).isEqualTo("empty");
        assertThat(run.out().strip()).startsWith("rows 3, scored 2, errors 1 (empty 1) in ")
                .contains("texts/s; model test-reviews version unpublished (sha256 ");
        assertThat(run.err()).contains("scoring backlog.csv: 100% (").contains("backlog.csv: 3 rows, 2 scored");
    }

    @Test
    void aDirectoryGivesPartsAndASummaryAndARerunSkipsThemUnlessOverwrite() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve("part-0001.txt"), "Love it\nHate it\n");
        Files.writeString(in.resolve("part-0002.jsonl"), "{\"id\":7,\"text\":\"So soft\"}\nnot json\n");
        Path out = work.resolve("out");
        String[] args = {"score", "--model", model.toString(), "--data", in.toString(), "--out", out.toString()};

        CliRun first = CliRun.run(ENV, args);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(Files.exists(out.resolve("part-0001.jsonl"))).isTrue();
        assertThat(lines(out.resolve("part-0002.jsonl"))).extracting(l -> l.get("id").asText() + " "
                + (l.has("error") ? l.get("error").asText() : "ok")).containsExactly("7 ok", "2 malformed");
        JsonNode summary = JSON.readTree(out.resolve("_summary.json").toFile());
        assertThat(summary.get("rows").asLong()).isEqualTo(4);
        assertThat(summary.get("errors").get("malformed").asLong()).isEqualTo(1);
        assertThat(first.out()).startsWith("rows 4, scored 3, errors 1 (malformed 1)");

        CliRun second = CliRun.run(ENV, args);
        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).contains("skipped (already complete): " + out.resolve("part-0001.jsonl"));
        assertThat(second.out()).startsWith("rows 0, scored 0");

        List<String> overwrite = new ArrayList<>(List.of(args));
        overwrite.add("--overwrite");
        CliRun third = CliRun.run(ENV, overwrite.toArray(String[]::new));
        assertThat(third.out()).startsWith("rows 4, scored 3");
    }

    @Test
    void aBadModelUriIsOneClearLineAndAFailure() throws IOException {
        Path data = Files.writeString(work.resolve("d.txt"), "hello\n");
        CliRun run = CliRun.run(ENV, "score", "--model", work.resolve("no-model").toString(), "--data",
                data.toString(), "--out", work.resolve("o.jsonl").toString());
        assertThat(run.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(run.err().strip()).startsWith("error: ").doesNotContain("\n").doesNotContain("Exception");
        assertThat(Files.exists(work.resolve("o.jsonl"))).isFalse();
    }

    @Test
    void unreadableInputIsOneClearLineAndAFailure() {
        CliRun missing = CliRun.run(ENV, "score", "--model", model.toString(), "--data",
                work.resolve("nope.csv").toString(), "--out", work.resolve("o.jsonl").toString());
        assertThat(missing.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(missing.err().strip()).isEqualTo("error: no such file or directory: " + work.resolve("nope.csv"));

        CliRun format = CliRun.run(ENV, "score", "--model", model.toString(), "--data", model.toString(),
                "--out", work.resolve("o").toString(), "--format", "xml");
        assertThat(format.err().strip()).isEqualTo("error: --format: unknown format 'xml'; expected csv, jsonl or text");
    }

    @Test
    void aCsvWithoutAKnownTextColumnSaysWhichColumnsItHas() throws IOException {
        Path data = Files.writeString(work.resolve("d.csv"), "a,b\n1,2\n");
        CliRun run = CliRun.run(ENV, "score", "--model", model.toString(), "--data", data.toString(),
                "--out", work.resolve("o.jsonl").toString());
        assertThat(run.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(run.err().strip()).isEqualTo("error: cannot tell which column of " + data
                + " holds the text: its columns are [a, b]; name it with --text-column");
        assertThat(Files.exists(work.resolve("o.jsonl"))).isFalse();
    }

    static List<JsonNode> lines(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                lines.add(JSON.readTree(line));
            }
            return lines;
        }
    }
}
