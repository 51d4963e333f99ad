package io.sentio.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class RowReadersTest {

    @Test
    void recognisesTheAclImdbReviewColumnAndUsesTheIdColumn() {
        List<Row> rows = read("imdb.csv", "split,sentiment,id,review\ntrain,neg,7,\"Bad, bad film.\"\ntest,pos,9,Great\n",
                Columns.recognised());
        assertThat(rows).containsExactly(Row.of(RowId.text("7"), "Bad, bad film."), Row.of(RowId.text("9"), "Great"));
    }

    @Test
    void joinsAReviewTitleAndTextAsTrainDoesAndNumbersRowsWithoutAnIdColumn() {
        List<Row> rows = read("clothing.csv", "Title,Review Text,Rating\nLove it,Fits well.,5\n,Too small,2\n",
                Columns.recognised());
        assertThat(rows).containsExactly(Row.of(RowId.number(1), "Love it. Fits well."),
                Row.of(RowId.number(2), "Too small"));
    }

    @Test
    void namedTextAndIdColumnsWinOverRecognition() {
        List<Row> rows = read("movies.csv", "key,overview,text\nm1,A heist.,ignored\n",
                new Columns(List.of("overview"), Optional.of("key")));
        assertThat(rows).containsExactly(Row.of(RowId.text("m1"), "A heist."));
    }

    @Test
    void aRecordWithTheWrongNumberOfFieldsIsAMalformedRowInItsPlace() {
        List<Row> rows = read("r.csv", "id,text\n1,fine\n2,too,many\n3,also fine\n", Columns.recognised());
        assertThat(rows).extracting(Row::unreadable)
                .containsExactly(Optional.empty(), Optional.of(RowError.MALFORMED), Optional.empty());
        assertThat(rows.get(1).id()).isEqualTo(RowId.text("2"));
    }

    @Test
    void brokenQuotingEndsThePartWithTheLineNamed() {
        assertThatThrownBy(() -> read("r.csv", "id,text\n1,fine\n2,\"never closed\n3,x\n", Columns.recognised()))
                .isInstanceOf(ScoreException.class).hasMessageContaining("r.csv: malformed CSV at line");
    }

    @Test
    void aCsvWithoutAKnownTextColumnNamesItsColumns() {
        assertThatThrownBy(() -> read("r.csv", "a,b\n1,2\n", Columns.recognised()))
                .isInstanceOf(ScoreException.class)
                .hasMessage("cannot tell which column of r.csv holds the text: its columns are [a, b]; "
                        + "name it with --text-column");
        assertThatThrownBy(() -> read("r.csv", "a,b\n1,2\n", new Columns(List.of("body"), Optional.empty())))
                .hasMessage("r.csv has no column 'body' (--text-column); its columns are [a, b]");
    }

    @Test
    void jsonlKeepsIdsTheirTypeAndMarksBrokenLines() {
        String jsonl = "{\"id\": 17, \"text\": \"good\"}\n\n{\"id\": \"a-1\", \"text\": null}\nnot json\n"
                + "{\"body\": \"no text field\"}\n{\"text\": \"no id\"}\n";
        List<Row> rows = read("r.jsonl", jsonl, Columns.recognised());
        assertThat(rows).containsExactly(
                Row.of(new RowId("17", true), "good"),
                Row.of(RowId.text("a-1"), ""),
                Row.malformed(RowId.number(3)),
                Row.malformed(RowId.number(4)),
                Row.of(RowId.number(5), "no id"));
    }

    @Test
    void plainTextIsOneRowPerLineBlankLinesIncluded() {
        List<Row> rows = read("r.txt", "\uFEFFfirst\n\nthird\n", Columns.recognised());
        assertThat(rows).containsExactly(Row.of(RowId.number(1), "first"), Row.of(RowId.number(2), ""),
                Row.of(RowId.number(3), "third"));
    }

    @Test
    void gzipIsReadTransparentlyAndTheFormatFollowsTheNameUnderIt() throws IOException {
        byte[] gzipped = gzip("id,text\n1,hello\n");
        try (RowReader reader = RowReaders.open(new ByteArrayInputStream(gzipped), "part.csv.gz", Optional.empty(),
                Columns.recognised())) {
            assertThat(reader.next()).contains(Row.of(RowId.text("1"), "hello"));
            assertThat(reader.next()).isEmpty();
        }
    }

    @Test
    void anUnnamedPartIsJsonlWhenItStartsWithABraceAndTextOtherwiseUnlessForced() {
        assertThat(read("part-0001", "{\"text\":\"a\"}\n", Columns.recognised()))
                .containsExactly(Row.of(RowId.number(1), "a"));
        assertThat(read("part-0001", "id,text\n", Columns.recognised())).hasSize(1);
        try (RowReader reader = RowReaders.open(bytes("id,text\n5,x\n"), "part-0001", Optional.of(InputFormat.CSV),
                Columns.recognised())) {
            assertThat(reader.next()).contains(Row.of(RowId.text("5"), "x"));
        }
    }

    static List<Row> read(String name, String content, Columns columns) {
        List<Row> rows = new ArrayList<>();
        try (RowReader reader = RowReaders.open(bytes(content), name, Optional.empty(), columns)) {
            for (Optional<Row> row = reader.next(); row.isPresent(); row = reader.next()) {
                rows.add(row.get());
            }
        }
        return rows;
    }

    private static ByteArrayInputStream bytes(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
