package io.sentio.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlSourceTest {
    private final DataSources sources = Fixtures.dataSources();

    @Test
    void textAndLabelFieldsDefaultToTextAndLabel() {
        RecordingSink sink = new RecordingSink();

        DataSource source = sources.open(Fixtures.location("reviews.jsonl"), LoadOptions.defaults());
        ReadSummary summary = source.read(sink);

        assertThat(source.format()).isEqualTo("jsonl");
        assertThat(summary.rowsRead()).as("the blank line is not a row").isEqualTo(8);
        assertThat(sink.texts()).containsExactly("Loved it", "Hated it", "Genres", "Numeric label");
        assertThat(sink.labels()).containsExactly("positive", "negative", "Drama", "5");
        assertThat(sink.skipped).isEqualTo(Map.of("malformed_row", 2L, "empty_text", 1L, "missing_label", 1L));
    }

    @Test
    void namedFieldsAreJoinedAsSentences() {
        RecordingSink sink = new RecordingSink();
        LoadOptions options = LoadOptions.defaults().withTextColumns(List.of("subject", "body")).withLabelColumn("topic");

        sources.open(Fixtures.location("tickets.jsonl"), options).read(sink);

        assertThat(sink.texts()).containsExactly("Refund. I was charged twice.", "Cannot log in! Password reset fails.");
        assertThat(sink.labels()).containsExactly("billing", "account");
    }

    @Test
    void anUnknownFieldFailsAtOpenListingTheFirstObjectsFields() {
        LoadOptions options = LoadOptions.defaults().withTextColumns(List.of("body")).withLabelColumn("category");

        assertThatThrownBy(() -> sources.open(Fixtures.location("tickets.jsonl"), options))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("tickets.jsonl has no field [category]")
                .hasMessageContaining("[subject, body, topic]");
    }

    @Test
    void gzippedJsonlIsRecognisedByItsContent(@TempDir Path dir) {
        Path gzipped = Fixtures.gzip(Fixtures.bytes("reviews.jsonl"), dir.resolve("reviews.data"));
        RecordingSink sink = new RecordingSink();

        ReadSummary summary = sources.open(gzipped.toString(), LoadOptions.defaults()).read(sink);

        assertThat(sink.labels()).containsExactly("positive", "negative", "Drama", "5");
        assertThat(summary.sha256()).isEqualTo(io.sentio.core.model.Sha256.hex(Fixtures.bytes("reviews.jsonl")));
    }

    @Test
    void aCsvForcedToBeJsonlIsRefused() {
        assertThatThrownBy(() -> sources.open(Fixtures.location("tmdb_movies.csv"), LoadOptions.defaults().withFormat("jsonl")))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("tmdb_movies.csv is not JSONL");
    }
}
