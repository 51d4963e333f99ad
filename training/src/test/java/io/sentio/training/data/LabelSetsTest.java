package io.sentio.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelSetsTest {
    private final LabelValue sets = new LabelValue("|", Map.of());

    @TempDir
    Path dir;

    @Test
    void aJsonListGivesEveryElementOrItsName() {
        assertThat(sets.fromCell("[{\"id\": 28, \"name\": \"Action\"}, {\"id\": 12, \"name\": \"Adventure\"}]").labels())
                .containsExactly("Action", "Adventure");
        assertThat(sets.fromCell("['Drama', 'Crime']").labels()).containsExactly("Drama", "Crime");
        assertThat(sets.fromCell("[18, 80]").labels()).containsExactly("18", "80");
    }

    @Test
    void aPlainCellIsSplitOnTheSeparator() {
        assertThat(sets.fromCell(" Drama | Comedy|Drama ").labels()).containsExactly("Drama", "Comedy");
        assertThat(sets.fromCell("Drama").labels()).containsExactly("Drama");
        assertThat(new LabelValue(";", Map.of()).fromCell("Drama;Comedy").labels()).containsExactly("Drama", "Comedy");
        assertThat(new LabelValue(";", Map.of()).fromCell("Drama|Comedy").labels()).containsExactly("Drama|Comedy");
    }

    @Test
    void aJsonValueIsReadAsASet() throws IOException {
        ObjectMapper json = new ObjectMapper();

        assertThat(sets.fromNode(json.readTree("[\"War\", \"History\"]")).labels()).containsExactly("War", "History");
        assertThat(sets.fromNode(json.readTree("\"War|History\"")).labels()).containsExactly("War", "History");
        assertThat(sets.fromNode(json.readTree("7")).labels()).containsExactly("7");
        assertThat(sets.fromNode(json.readTree("null")).skipReason()).isEqualTo(SkipReasons.MISSING_LABEL);
        assertThat(sets.fromNode(json.readTree("{\"name\": \"War\"}")).skipReason()).isEqualTo(SkipReasons.MALFORMED_LABEL);
    }

    @Test
    void emptySetsAreMissingAndUnreadableOnesMalformed() {
        assertThat(sets.fromCell("").skipReason()).isEqualTo(SkipReasons.MISSING_LABEL);
        assertThat(sets.fromCell("[]").skipReason()).isEqualTo(SkipReasons.MISSING_LABEL);
        assertThat(sets.fromCell(" | ").skipReason()).isEqualTo(SkipReasons.MISSING_LABEL);
        assertThat(sets.fromCell("[\"\", \" \"]").skipReason()).isEqualTo(SkipReasons.MISSING_LABEL);
        assertThat(sets.fromCell("[{\"id\": 28}]").skipReason()).isEqualTo(SkipReasons.MALFORMED_LABEL);
        assertThat(sets.fromCell("[\"Drama\", [1]]").skipReason()).isEqualTo(SkipReasons.MALFORMED_LABEL);
        assertThat(sets.fromCell("[{\"id\": 28, \"name\": \"Action\"").skipReason()).isEqualTo(SkipReasons.MALFORMED_LABEL);
        assertThat(sets.fromCell("[\"Drama\", null]").skipReason()).isEqualTo(SkipReasons.MALFORMED_LABEL);
    }

    @Test
    void aLabelMapRenamesEveryLabelAndSkipsUnknownOnes() {
        LabelValue mapped = new LabelValue("|", Map.of("18", "Drama", "80", "Crime"));

        assertThat(mapped.fromCell("[18, 80]").labels()).containsExactly("Drama", "Crime");
        assertThat(mapped.fromCell("18|80").labels()).containsExactly("Drama", "Crime");
        assertThat(mapped.fromCell("[18, 99]").skipReason()).isEqualTo(SkipReasons.UNMAPPED_LABEL);
    }

    @Test
    void aCsvOfLabelSetsIsReadRowByRowWithSkipsCountedByReason() throws IOException {
        Path csv = dir.resolve("movies.csv");
        Files.writeString(csv, """
                title,overview,genre_ids
                A,A soldier at war.,"[10752, 18]"
                B,A funny family.,[35]
                C,No genre.,[]
                D,Broken.,"[35"
                E,Unknown id.,[12345]
                F,,[18]
                """);
        Path map = dir.resolve("genres.csv");
        Files.writeString(map, "id,name\n10752,War\n18,Drama\n35,Comedy\n");
        LoadOptions options = LoadOptions.defaults().withTextColumns(List.of("overview")).withLabelColumn("genre_ids")
                .withLabelSets(new LabelSetOptions(true, "|", Optional.of(map.toString())));
        RecordingSink sink = new RecordingSink();

        Fixtures.dataSources().open(csv.toString(), options).read(sink);

        assertThat(sink.accepted).extracting(LabelledText::labels)
                .containsExactly(List.of("War", "Drama"), List.of("Comedy"));
        assertThat(sink.labels()).containsExactly("War", "Comedy");
        assertThat(sink.skipped).containsExactlyInAnyOrderEntriesOf(Map.of(SkipReasons.MISSING_LABEL, 1L,
                SkipReasons.MALFORMED_LABEL, 1L, SkipReasons.UNMAPPED_LABEL, 1L, SkipReasons.EMPTY_TEXT, 1L));
    }

    @Test
    void jsonlArraysAreLabelSets() throws IOException {
        Path jsonl = dir.resolve("tickets.jsonl");
        Files.writeString(jsonl, """
                {"text": "Refund my order and fix the login.", "tags": ["billing", "account"]}
                {"text": "The app crashes.", "tags": "bug"}
                {"text": "Nothing to say.", "tags": []}
                """);
        LoadOptions options = LoadOptions.defaults().withLabelColumn("tags").withLabelSets(LabelSetOptions.sets());
        RecordingSink sink = new RecordingSink();

        Fixtures.dataSources().open(jsonl.toString(), options).read(sink);

        assertThat(sink.accepted).extracting(LabelledText::labels)
                .containsExactly(List.of("billing", "account"), List.of("bug"));
        assertThat(sink.skipped).containsExactlyEntriesOf(Map.of(SkipReasons.MISSING_LABEL, 1L));
    }

    @Test
    void layoutsWithOneSentimentPerReviewRefuseLabelSets() {
        LoadOptions options = LoadOptions.defaults().withLabelSets(LabelSetOptions.sets());

        assertThatThrownBy(() -> Fixtures.dataSources().open(Fixtures.location("clothing_reviews.csv"), options))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("multi-label data must be a CSV with --text-column and --label-column, or JSONL");
    }

    @Test
    void aLabelMapWithoutLabelSetsIsRefused() throws IOException {
        Path map = dir.resolve("genres.csv");
        Files.writeString(map, "id,name\n18,Drama\n");
        LoadOptions options = LoadOptions.defaults().withTextColumns(List.of("overview")).withLabelColumn("genres")
                .withLabelSets(new LabelSetOptions(false, "|", Optional.of(map.toString())));

        assertThatThrownBy(() -> Fixtures.dataSources().open(Fixtures.location("tmdb_movies.csv"), options))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("add --multi-label");
    }

    @Test
    void aLabelMapNeedsTwoColumnsAndRows() throws IOException {
        Path oneColumn = dir.resolve("one.csv");
        Files.writeString(oneColumn, "id\n18\n");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "id,name\n");

        assertThatThrownBy(() -> LabelMap.read(Fixtures.localOpener(), oneColumn.toString()))
                .hasMessageContaining("needs two columns");
        assertThatThrownBy(() -> LabelMap.read(Fixtures.localOpener(), empty.toString()))
                .hasMessageContaining("has no rows");
    }
}
