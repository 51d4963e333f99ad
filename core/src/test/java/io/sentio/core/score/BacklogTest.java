package io.sentio.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.core.model.Classifier;
import io.sentio.core.testing.TestBundles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacklogTest {
    static final Classifier CLASSIFIER = new Classifier(TestBundles.sentiment().open());
    /** Shared with BacklogOnS3Test; its daemon workers end with the JVM. */
    private static final ForkJoinPool POOL = new ForkJoinPool(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void aDirectoryOfPartsGivesOnePartPerInputUnderTheSameBaseNameAndASummary() throws Exception {
        Path in = Files.createDirectories(work.resolve("in/2024"));
        Files.writeString(in.resolve("a.csv"), "id,review\n1,Love it\n2,\n");
        Files.write(in.resolve("b.jsonl.gz"), RowReadersTest.gzip("{\"id\":\"x\",\"text\":\"Awful\"}\n"));
        Files.writeString(work.resolve("in/c.txt"), "Great\nOkay\nBad\n");
        Files.writeString(work.resolve("in/_SUCCESS"), "");
        Path out = work.resolve("out");

        Backlog.Run run = backlog(false).scoreAll(new LocalDirectory(work.resolve("in")),
                new LocalDirectory(work.resolve("in")).parts(), new LocalDirectory(out));

        assertThat(files(out)).containsExactly("2024/a.jsonl", "2024/b.jsonl.gz", "_parts/2024/a.json",
                "_parts/2024/b.json", "_parts/c.json", "_summary.json", "c.jsonl");
        assertThat(lines(out.resolve("2024/a.jsonl"))).extracting(l -> l.get("id").asText() + ":"
                + (l.has("error") ? l.get("error").asText() : "ok")).containsExactly("1:ok", "2:empty");
        assertThat(lines(out.resolve("2024/b.jsonl.gz"))).extracting(l -> l.get("id").asText()).containsExactly("x");
        JsonNode summary = JSON.readTree(out.resolve("_summary.json").toFile());
        assertThat(summary.get("parts").asInt()).isEqualTo(3);
        assertThat(summary.get("rows").asLong()).isEqualTo(6);
        assertThat(summary.get("scored").asLong()).isEqualTo(5);
        assertThat(summary.get("errors").get("empty").asLong()).isEqualTo(1);
        assertThat(summary.get("model").get("name").asText()).isEqualTo("test-reviews");
        assertThat(summary.get("model").get("sha256").asText()).isEqualTo(CLASSIFIER.manifest().modelSha256());
        assertThat(summary.has("texts_per_second")).isTrue();
        assertThat(run.scored()).hasSize(3);
        assertThat(run.thisRun().rows()).isEqualTo(6);
    }

    @Test
    void rerunningSkipsCompletePartsButStillSummarisesThemAndOverwriteScoresAgain() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Great\n");
        Files.writeString(in.resolve("b.txt"), "Bad\nGood\n");
        LocalDirectory input = new LocalDirectory(in);
        LocalDirectory output = new LocalDirectory(work.resolve("out"));
        backlog(false).scorePart(input, "a.txt", output, "a.jsonl", Optional.of("_parts/a.json"));
        Files.writeString(work.resolve("out/a.jsonl"), "kept\n");

        Backlog.Run resumed = backlog(false).scoreAll(input, input.parts(), output);
        assertThat(resumed.skipped()).containsExactly(output.uri("a.jsonl"));
        assertThat(resumed.scored()).extracting(PartSummary::part).containsExactly("b.txt");
        assertThat(Files.readString(work.resolve("out/a.jsonl"))).isEqualTo("kept\n");
        assertThat(resumed.summary().parts()).isEqualTo(2);
        assertThat(resumed.summary().rows()).isEqualTo(3);

        Backlog.Run again = backlog(true).scoreAll(input, input.parts(), output);
        assertThat(again.skipped()).isEmpty();
        assertThat(Files.readString(work.resolve("out/a.jsonl"))).startsWith("{\"id\":1,\"label\":");
    }

    @Test
    void aPartInterruptedMidwayLeavesNothingThatLooksComplete() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve("good.csv"), "id,text\n1,ok\n");
        StringBuilder broken = new StringBuilder("id,text\n");
        for (int i = 0; i < 2000; i++) {
            broken.append(i).append(",fine text ").append(i).append('\n');
        }
        Files.writeString(in.resolve("late.csv"), broken.append("2000,\"never closed\n"));
        LocalDirectory input = new LocalDirectory(in);
        LocalDirectory output = new LocalDirectory(work.resolve("out"));

        assertThatThrownBy(() -> backlog(false).scoreAll(input, input.parts(), output))
                .isInstanceOf(ScoreException.class).hasMessageContaining("late.csv: malformed CSV at line");

        assertThat(files(work.resolve("out"))).containsExactly("_parts/good.json", "good.jsonl");
    }

    @Test
    void aSingleFileCanGoToAGzipFileOfAnyName() throws Exception {
        Files.writeString(work.resolve("reviews.txt"), "Love it\nHate it\n");
        LocalDirectory dir = new LocalDirectory(work);
        Optional<PartSummary> part = backlog(false).scorePart(dir, "reviews.txt", dir, "scored.gz", Optional.empty());
        assertThat(part).get().extracting(PartSummary::rows).isEqualTo(2L);
        assertThat(lines(work.resolve("scored.gz"))).hasSize(2);
        assertThat(files(work)).containsExactly("reviews.txt", "scored.gz");
    }

    @Test
    void progressReportsRowsWrittenAndBytesReadUpToThePartsSize() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3 * PartScorer.BATCH_ROWS; i++) {
            text.append("Lovely dress number ").append(i).append('\n');
        }
        Path part = Files.writeString(work.resolve("big.txt"), text);
        List<long[]> seen = new java.util.ArrayList<>();
        long[] started = new long[1];
        Backlog.Listener listener = new Backlog.Listener() {
            @Override
            public void partStarted(String input, long bytes) {
                started[0] = bytes;
            }

            @Override
            public void progress(long rowsInPart, long bytesRead) {
                seen.add(new long[] {rowsInPart, bytesRead});
            }
        };
        LocalDirectory dir = new LocalDirectory(work);
        new Backlog(CLASSIFIER, ScoreOptions.defaults(), POOL, 2, Clock.systemUTC(), listener)
                .scorePart(dir, "big.txt", dir, "big.jsonl", Optional.empty());

        assertThat(started[0]).isEqualTo(Files.size(part));
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(seen.size() - 1)).containsExactly(3L * PartScorer.BATCH_ROWS, Files.size(part));
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)[0]).isGreaterThan(seen.get(i - 1)[0]);
            assertThat(seen.get(i)[1]).isGreaterThanOrEqualTo(seen.get(i - 1)[1]);
        }
    }

    @Test
    void badLocationsAreOneClearError() throws IOException {
        Locations locations = new Locations(() -> {
            throw new AssertionError("no S3 for local paths");
        });
        assertThatThrownBy(() -> locations.input(work.resolve("missing.csv").toString()))
                .hasMessage("no such file or directory: " + work.resolve("missing.csv"));
        Files.createDirectories(work.resolve("empty"));
        Files.writeString(work.resolve("empty/_SUCCESS"), "");
        assertThatThrownBy(() -> locations.input(work.resolve("empty").toString()))
                .hasMessageStartingWith("no input parts in " + work.resolve("empty"));
        assertThat(locations.output(work.resolve("x.jsonl").toString(), false).prefix()).isFalse();
        assertThat(locations.output(work.resolve("x").toString(), true).prefix()).isTrue();
        assertThat(locations.output(work.resolve("new-dir") + "/", false).prefix()).isTrue();
        assertThatThrownBy(() -> Locations.requireApart(work.resolve("in").toString(), work.resolve("in/out/") + "/"))
                .hasMessageContaining("must not contain one another");
        assertThatThrownBy(() -> Locations.requireApart("s3://b/backlog/", "s3://b/backlog/out/"))
                .hasMessage("the output s3://b/backlog/out/ and the input s3://b/backlog/ must not contain one another");
        assertThatThrownBy(() -> Locations.requireApart("reviews.csv", "./reviews.csv"))
                .hasMessageContaining("must not contain one another");
        Locations.requireApart("s3://b/in/", "s3://b/input-scored/");
        Locations.requireApart(work.resolve("a.csv").toString(), work.resolve("a.jsonl").toString());
    }

    static Backlog backlog(boolean overwrite) {
        return new Backlog(CLASSIFIER, ScoreOptions.defaults().withOverwrite(overwrite), POOL, 2, Clock.systemUTC(),
                Backlog.Listener.NONE);
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }

    static List<JsonNode> lines(Path file) throws Exception {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return PartScorerTest.lines(bytes);
        }
    }

}
