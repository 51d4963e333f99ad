package io.sentio.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.Prediction;
import io.sentio.core.testing.TestBundles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PartScorerTest {
    private static final Classifier CLASSIFIER = new Classifier(TestBundles.sentiment().open());
    private static final ForkJoinPool POOL = new ForkJoinPool(4);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TEXTS = List.of("I love this dress, it fits perfectly.",
            "Terrible quality, returned it.", "It is okay, nothing special.", "Beautiful colour!");

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Test
    void writesOneLinePerRowInInputOrderAcrossManyBatchesScoredInParallel() throws Exception {
        int rows = PartScorer.BATCH_ROWS * 9 + 17;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            text.append(TEXTS.get(i % TEXTS.size())).append(" #").append(i).append('\n');
        }
        List<String> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowCounts counts = new PartScorer(CLASSIFIER, 1000, POOL, 4)
                .score(reader("p.txt", text.toString()), out, done -> progress.add(Long.toString(done)));

        List<JsonNode> lines = lines(out);
        assertThat(lines).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            Prediction expected = CLASSIFIER.predict(TEXTS.get(i % TEXTS.size()) + " #" + i);
            assertThat(lines.get(i).get("id").asLong()).isEqualTo(i + 1);
            assertThat(lines.get(i).get("label").asText()).isEqualTo(expected.label());
            assertThat(lines.get(i).get("probabilities").get(expected.label()).asDouble())
                    .isEqualTo(expected.confidence());
        }
        assertThat(counts.rows()).isEqualTo(rows);
        assertThat(counts.scored()).isEqualTo(rows);
        assertThat(counts.errors()).isEmpty();
        assertThat(progress).last().isEqualTo(Long.toString(rows));
    }

    @Test
    void rowsThatCannotBeScoredGetAnErrorLineInTheirPlace() throws Exception {
        String csv = "id,text\na,Love it\nb,\"   \"\nc,one,two\nd," + "x".repeat(51) + "\ne,Awful\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowCounts counts = new PartScorer(CLASSIFIER, 50, POOL, 2).score(reader("p.csv", csv), out, done -> { });

        List<JsonNode> lines = lines(out);
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly("a", "b", "c", "d", "e");
        assertThat(lines).extracting(l -> l.has("error") ? l.get("error").asText() : "label:" + l.get("label").asText())
                .containsExactly("label:" + CLASSIFIER.predict("Love it").label(), "empty", "malformed", "too_long",
                        "label:" + CLASSIFIER.predict("Awful").label());
        assertThat(lines.get(1).has("probabilities")).isFalse();
        assertThat(counts.rows()).isEqualTo(5);
        assertThat(counts.scored()).isEqualTo(2);
        assertThat(counts.errors()).containsExactly(java.util.Map.entry("empty", 1L),
                java.util.Map.entry("too_long", 1L), java.util.Map.entry("malformed", 1L));
    }

    @Test
    void anEmptyPartWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowCounts counts = new PartScorer(CLASSIFIER, 50, POOL, 2).score(reader("p.txt", ""), out, done -> { });
        assertThat(out.size()).isZero();
        assertThat(counts.rows()).isZero();
    }

    private static RowReader reader(String name, String content) {
        return RowReaders.open(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name,
                Optional.empty(), Columns.recognised());
    }

    static List<JsonNode> lines(ByteArrayOutputStream out) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("\n");
        return lines;
    }
}
