package io.sentio.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rows a Step Functions reader parsed give the same rows {@code sentio score} reads from the file itself. */
class RecordRowsTest {

    @Test
    void csvRecordsGiveTheRowsTheCsvReaderGives() {
        String csv = "Title,Review Text,Rating\nLove it,Fits well.,5\n,Too small,2\n";
        List<RecordRows.Record> records = List.of(
                new RecordRows.Record(1, fields("Title", "Love it", "Review Text", "Fits well.", "Rating", "5")),
                new RecordRows.Record(2, fields("Title", "", "Review Text", "Too small", "Rating", "2")));

        assertThat(read(new RecordRows(records, "big.csv", InputFormat.CSV, Columns.recognised())))
                .isEqualTo(read(RowReaders.open(bytes(csv), "big.csv", Optional.empty(), Columns.recognised())));
    }

    @Test
    void jsonLinesRecordsGiveTheRowsTheJsonlReaderGives() {
        String jsonl = "{\"id\":7,\"text\":\"Great\"}\n[1]\n{\"id\":\"a\",\"text\":null}\n{\"title\":\"x\"}\n";
        List<RecordRows.Record> records = List.of(
                new RecordRows.Record(1, fields("id", 7, "text", "Great")),
                new RecordRows.Record(2, List.of(1)),
                new RecordRows.Record(3, fields("id", "a", "text", null)),
                new RecordRows.Record(4, fields("title", "x")));

        assertThat(read(new RecordRows(records, "big.jsonl", InputFormat.JSONL, Columns.recognised())))
                .isEqualTo(read(RowReaders.open(bytes(jsonl), "big.jsonl", Optional.empty(), Columns.recognised())));
    }

    @Test
    void namedColumnsWinAndAFileWithoutATextColumnIsOneClearError() {
        List<RecordRows.Record> records = List.of(new RecordRows.Record(9, fields("key", "m1", "overview", "A heist.")));
        assertThat(read(new RecordRows(records, "movies.csv", InputFormat.CSV,
                new Columns(List.of("overview"), Optional.of("key")))))
                .containsExactly(Row.of(RowId.text("m1"), "A heist."));
        assertThatThrownBy(() -> read(new RecordRows(records, "s3://b/movies.csv", InputFormat.CSV,
                Columns.recognised())))
                .isInstanceOf(ScoreException.class)
                .hasMessage("cannot tell which column of s3://b/movies.csv holds the text: its columns are "
                        + "[key, overview]; name it with --text-column");
    }

    @Test
    void batchPartsAreNamedAfterTheirFirstRowSoTheySortInInputOrder() {
        assertThat(PartNames.rowBatch("in/2026/big.csv", 1)).isEqualTo("big-000000000001.jsonl");
        assertThat(PartNames.rowBatchSummary("big.jsonl", 1001)).isEqualTo("_parts/big-000000001001.json");
        List<String> names = new ArrayList<>(List.of(PartNames.rowBatch("big.csv", 10_001),
                PartNames.rowBatch("big.csv", 2), PartNames.rowBatch("big.csv", 999)));
        names.sort(null);
        assertThat(names).containsExactly("big-000000000002.jsonl", "big-000000000999.jsonl",
                "big-000000010001.jsonl");
    }

    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Row> read(RowReader reader) {
        List<Row> rows = new ArrayList<>();
        try (reader) {
            for (Optional<Row> row = reader.next(); row.isPresent(); row = reader.next()) {
                rows.add(row.get());
            }
        }
        return rows;
    }
}
