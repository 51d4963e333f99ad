package io.sentio.training.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AclImdbCsvSourceTest {

    @Test
    void labelComesFromSentimentAndTheOfficialSplitFromSplit() {
        RecordingSink sink = new RecordingSink();

        DataSource source = Fixtures.dataSources().open(Fixtures.location("aclimdb_reviews.csv"), LoadOptions.defaults());
        ReadSummary summary = source.read(sink);

        assertThat(source.format()).isEqualTo("aclimdb-csv");
        assertThat(summary.rowsRead()).isEqualTo(6);
        assertThat(sink.accepted).containsExactly(
                new LabelledText("Story of a man, a pig.<br /><br />Absurd.", "negative", Optional.of(Split.TRAIN)),
                new LabelledText("Great movie", "positive", Optional.of(Split.TRAIN)),
                new LabelledText("Padded text", "negative", Optional.of(Split.TEST)),
                new LabelledText("Line one\nline two", "positive", Optional.of(Split.TEST)));
        assertThat(sink.skipped).isEqualTo(Map.of("bad_split", 1L, "missing_label", 1L));
    }

    @Test
    void namingALabelColumnReadsTheSameFileAsAGenericCsv() {
        RecordingSink sink = new RecordingSink();
        LoadOptions options = LoadOptions.defaults().withTextColumns(java.util.List.of("review")).withLabelColumn("rating");

        DataSource source = Fixtures.dataSources().open(Fixtures.location("aclimdb_reviews.csv"), options);
        source.read(sink);

        assertThat(source.format()).isEqualTo("csv");
        assertThat(sink.labels()).containsExactly("3", "9", "1", "10", "8", "8");
        assertThat(sink.accepted).allSatisfy(row -> assertThat(row.officialSplit()).isEmpty());
    }
}
