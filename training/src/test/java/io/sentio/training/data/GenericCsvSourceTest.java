package io.sentio.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenericCsvSourceTest {
    private final DataSources sources = Fixtures.dataSources();
    private final LoadOptions overviewToGenre = LoadOptions.defaults()
            .withTextColumns(List.of("overview")).withLabelColumn("genres");

    @Test
    void theFirstListedGenreIsTheLabel() {
        RecordingSink sink = new RecordingSink();

        DataSource source = sources.open(Fixtures.location("tmdb_movies.csv"), overviewToGenre);
        ReadSummary summary = source.read(sink);

        assertThat(source.format()).isEqualTo("csv");
        assertThat(source.layout()).isEqualTo("CSV (text from overview, label from genres)");
        assertThat(summary.rowsRead()).isEqualTo(8);
        assertThat(sink.labels()).containsExactly("Action", "Drama", "Horror", "27", "Western");
        assertThat(sink.skipped).isEqualTo(Map.of("missing_label", 1L, "empty_text", 1L, "malformed_label", 1L));
    }

    @Test
    void aBareCarriageReturnInsideAFieldStaysInTheText() {
        RecordingSink sink = new RecordingSink();

        sources.open(Fixtures.location("tmdb_movies.csv"), overviewToGenre).read(sink);

        assertThat(sink.texts()).contains("A warlock flees\rthrough time.");
    }

    @Test
    void severalTextColumnsAreJoinedAsSentencesInTheOrderGiven() {
        RecordingSink sink = new RecordingSink();
        LoadOptions options = overviewToGenre.withTextColumns(List.of("tagline", "overview"));

        sources.open(Fixtures.location("tmdb_movies.csv"), options).read(sink);

        assertThat(sink.texts()).startsWith(
                "Enter the World of Pandora. In the 22nd century, a paraplegic Marine is dispatched to Pandora.",
                "A warlock flees\rthrough time.");
        // The tagline rescues the movie without an overview: the joined text is not empty.
        assertThat(sink.texts()).contains("No overview here");
    }

    @Test
    void anUnknownColumnFailsAtOpenListingTheColumns() {
        LoadOptions options = overviewToGenre.withTextColumns(List.of("plot"));

        assertThatThrownBy(() -> sources.open(Fixtures.location("tmdb_movies.csv"), options))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("tmdb_movies.csv has no column 'plot' (--text-column)")
                .hasMessageContaining("[budget, genres, id, overview, tagline, title]");
    }

    @Test
    void aLabelColumnWithoutTextColumnsIsRefused() {
        assertThatThrownBy(() -> sources.open(Fixtures.location("tmdb_movies.csv"),
                LoadOptions.defaults().withLabelColumn("genres")))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("needs --text-column and --label-column");
    }

    @Test
    void labelCellsAreReadAsPlainValuesOrJsonLists() {
        LabelValue labels = new LabelValue();

        assertThat(labels.fromCell(" Western ").label()).contains("Western");
        assertThat(labels.fromCell("[{\"id\": 28, \"name\": \"Action\"}]").label()).contains("Action");
        assertThat(labels.fromCell("['Drama', 'Crime']").label()).contains("Drama");
        assertThat(labels.fromCell("[18, 80]").label()).contains("18");
        assertThat(labels.fromCell("{\"id\": 28, \"name\": \"Action\"}").label()).contains("Action");
        assertThat(labels.fromCell("[]").skipReason()).isEqualTo("missing_label");
        assertThat(labels.fromCell("[\"\"]").skipReason()).isEqualTo("missing_label");
        assertThat(labels.fromCell("  ").skipReason()).isEqualTo("missing_label");
        assertThat(labels.fromCell("[{\"id\": 28}]").skipReason()).isEqualTo("malformed_label");
        assertThat(labels.fromCell("[[1]]").skipReason()).isEqualTo("malformed_label");
        assertThat(labels.fromCell("[{\"id\": 28").skipReason()).isEqualTo("malformed_label");
    }
}
