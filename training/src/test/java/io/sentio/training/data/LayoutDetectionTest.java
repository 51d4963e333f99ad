package io.sentio.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutDetectionTest {
    private final DataSources sources = Fixtures.dataSources();

    @ParameterizedTest
    @CsvSource({
        "clothing_reviews.csv, review-csv",
        "earphone_reviews.csv, review-csv",
        "aclimdb_reviews.csv,  aclimdb-csv",
        "reviews.jsonl,        jsonl",
    })
    void theLayoutIsRecognisedFromTheInputAlone(String fixture, String format) {
        assertThat(sources.open(Fixtures.location(fixture), LoadOptions.defaults()).format()).isEqualTo(format);
    }

    @Test
    void namedTextAndLabelColumnsMakeAGenericCsv() {
        LoadOptions options = LoadOptions.defaults().withTextColumns(List.of("overview")).withLabelColumn("genres");

        assertThat(sources.open(Fixtures.location("tmdb_movies.csv"), options).format()).isEqualTo("csv");
    }

    @Test
    void anUnknownCsvIsRefusedShowingItsHeaderAndWhatWouldBeUnderstood() {
        String location = Fixtures.location("unknown_layout.csv");

        assertThatThrownBy(() -> sources.open(location, LoadOptions.defaults()))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("cannot tell the layout of " + location + ": header has [a, b, c]; expected a review CSV"
                        + " (Title/Review Text/Rating or ReviewTitle/ReviewBody/ReviewStar, or --rating-column with"
                        + " --text-column), the aclImdb CSV (split, sentiment, review), or --text-column/--label-column");
    }

    @Test
    void textColumnsWithoutALabelOrRatingColumnAreRefused() {
        LoadOptions options = LoadOptions.defaults().withTextColumns(List.of("a"));

        assertThatThrownBy(() -> sources.open(Fixtures.location("unknown_layout.csv"), options))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("name the label with --label-column, or the star rating with --rating-column")
                .hasMessageContaining("[a, b, c]");
    }

    @Test
    void aForcedFormatIsCheckedAgainstTheInput() {
        assertThatThrownBy(() -> sources.open(Fixtures.location("tmdb_movies.csv"), LoadOptions.defaults().withFormat("review-csv")))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("tmdb_movies.csv is not a review CSV: header has [budget, genres");
        assertThatThrownBy(() -> sources.open(Fixtures.location("clothing_reviews.csv"), LoadOptions.defaults().withFormat("aclimdb-csv")))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("has no column 'split'");
        assertThatThrownBy(() -> sources.open(Fixtures.location("clothing_reviews.csv"), LoadOptions.defaults().withFormat("aclimdb")))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("not an aclImdb directory or tar archive: ");
    }

    @Test
    void aForcedFormatWinsOverRecognition() {
        LoadOptions options = LoadOptions.defaults().withFormat("csv").withTextColumns(List.of("ReviewBody")).withLabelColumn("Product");

        DataSource source = sources.open(Fixtures.location("earphone_reviews.csv"), options);

        assertThat(source.format()).isEqualTo("csv");
    }

    @Test
    void aDirectoryOrTarIsRefusedForASingleFileFormat(@TempDir Path dir) {
        Path tree = AclImdbTrees.writeDirectory(dir.resolve("aclImdb"), AclImdbTrees.MINI);
        Path tar = AclImdbTrees.writeTar(dir.resolve("aclImdb.tar.gz"), AclImdbTrees.MINI, true);

        assertThatThrownBy(() -> sources.open(tree.toString(), LoadOptions.defaults().withFormat("csv")))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(tree + " is a directory, which only the aclimdb layout reads, not csv");
        assertThatThrownBy(() -> sources.open(tar.toString(), LoadOptions.defaults().withFormat("jsonl")))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(tar + " is a tar archive, which only the aclimdb layout reads, not jsonl");
    }

    @Test
    void emptyAndZippedInputsAreRefusedSayingWhy(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        Path zip = dir.resolve("reviews.csv.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("reviews.csv"));
            out.write(Fixtures.bytes("clothing_reviews.csv"));
        }

        assertThatThrownBy(() -> sources.open(empty.toString(), LoadOptions.defaults()))
                .isInstanceOf(DataFormatException.class).hasMessage(empty + " is empty");
        assertThatThrownBy(() -> sources.open(zip.toString(), LoadOptions.defaults()))
                .isInstanceOf(DataFormatException.class).hasMessageContaining(zip + " is a zip archive");
    }

    @Test
    void aMissingInputIsRefusedNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope.csv");

        assertThatThrownBy(() -> sources.open(missing.toString(), LoadOptions.defaults()))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("no such file or directory: " + missing);
    }

    @Test
    void anUnknownFormatNameIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> LoadOptions.defaults().withFormat("parquet"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'parquet'; expected one of [review-csv, aclimdb, aclimdb-csv, csv, jsonl]");
        assertThat(LoadOptions.defaults().withFormat(" CSV ").format()).contains("csv");
    }
}
