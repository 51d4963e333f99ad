package io.sentio.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the full real data sets of /work/shared/datasets and checks the counts their READMEs
 * give, and that the sha256 is the README's hash of the uncompressed file. Skipped where the data
 * sets are not present.
 */
class RealDataSetsTest {
    private final DataSources sources = Fixtures.dataSources();

    @Test
    void womensClothingReviews() {
        CountingSink sink = new CountingSink();

        ReadSummary summary = read("womens_clothing_ecommerce_reviews/Womens Clothing E-Commerce Reviews.csv.gz",
                LoadOptions.defaults(), sink);

        assertThat(summary.rowsRead()).isEqualTo(23_486);
        // 845 rows have an empty Review Text; one of them has a title, which alone makes the text.
        assertThat(sink.skipped).isEqualTo(Map.of("empty_text", 844L));
        assertThat(sink.accepted).isEqualTo(22_642);
        // The README's ratings of the 22,641 non-empty texts, plus the one title-only 5-star review.
        assertThat(sink.labels).isEqualTo(Map.of("negative", 821L + 1_549, "neutral", 2_823L, "positive", 4_908L + 12_540 + 1));
        assertThat(summary.sha256()).isEqualTo("bd93cc515747ad1f87b8bc863c9e40da758509e6db6506a96d06976e61e36ee0");
    }

    @Test
    void amazonEarphoneReviews() {
        CountingSink sink = new CountingSink();

        ReadSummary summary = read("amazon_in_earphones_reviews/AllProductReviews.csv.gz", LoadOptions.defaults(), sink);

        assertThat(summary.rowsRead()).isEqualTo(14_337);
        // The 2 empty bodies both have a title, so no row is lost.
        assertThat(sink.skipped).isEmpty();
        assertThat(sink.labels).isEqualTo(Map.of("negative", 3_432L, "neutral", 1_503L, "positive", 9_402L));
        assertThat(summary.sha256()).isEqualTo("5b59dc2de1014c5f69d1674d261dc46aaec12828ffe106de8307756c74d046b0");
    }

    @Test
    void aclImdbTarGz() {
        CountingSink sink = new CountingSink();

        ReadSummary summary = read("imdb_aclImdb/aclImdb_labeled.tar.gz", LoadOptions.defaults(), sink);

        assertAclImdb(summary, sink);
        assertThat(summary.sha256()).isEqualTo("b5cdac765023136ea986c6df785e6d6c0c8042314977ec70b728a0b9d4015c5f");
    }

    @Test
    void aclImdbCsv() {
        CountingSink sink = new CountingSink();

        ReadSummary summary = read("imdb_aclImdb/aclImdb_labeled.csv.gz", LoadOptions.defaults(), sink);

        assertAclImdb(summary, sink);
        assertThat(summary.sha256()).isEqualTo("c551e3ed277d8e98f9f3aadec8be1c0728e079aebd84268839966b9c975ec20a");
    }

    @Test
    void tmdbOverviewsLabelledByTheirFirstGenre() {
        CountingSink sink = new CountingSink();
        LoadOptions options = LoadOptions.defaults().withTextColumns(List.of("overview")).withLabelColumn("genres");

        ReadSummary summary = read("tmdb_5000_movies/tmdb_5000_movies.csv.gz", options, sink);

        assertThat(summary.rowsRead()).isEqualTo(4_803);
        assertThat(sink.accepted).isEqualTo(4_771);
        assertThat(sink.skipped).isEqualTo(Map.of("missing_label", 28L, "empty_text", 4L));
        assertThat(sink.labels).containsEntry("Drama", 1_206L).containsEntry("Comedy", 1_042L).containsEntry("Action", 753L)
                .containsEntry("Adventure", 339L).containsEntry("Foreign", 2L).hasSize(20);
        assertThat(summary.sha256()).isEqualTo("1e0584a8dd374120e4ed4f2b81f0d2bd0eb95a554708e4a350d00ed5c46d2825");
    }

    @Test
    void movieOverviewsLabelledByTheirFirstGenreId() {
        CountingSink sink = new CountingSink();
        LoadOptions options = LoadOptions.defaults().withTextColumns(List.of("overview")).withLabelColumn("genre_ids");

        ReadSummary summary = read("movies_overview_genres/movies_overview.csv.gz", options, sink);

        // Records end in \r\n and 4 overviews hold a bare \r: still exactly 9,980 rows.
        assertThat(summary.rowsRead()).isEqualTo(9_980);
        assertThat(sink.skipped).isEqualTo(Map.of("missing_label", 3L));
        // TMDb genre ids: 18 Drama, 35 Comedy, 28 Action (README: first listed genre).
        assertThat(sink.labels).containsEntry("18", 2_191L).containsEntry("35", 2_011L).containsEntry("28", 1_298L).hasSize(18);
        assertThat(summary.sha256()).isEqualTo("4342dffee38cdb89b8ddcd5f789d209a7c5d371ceb6622134c66c2af6f358fda");
    }

    private static void assertAclImdb(ReadSummary summary, CountingSink sink) {
        assertThat(summary.rowsRead()).isEqualTo(50_000);
        assertThat(sink.skipped).isEmpty();
        assertThat(sink.splits).isEqualTo(Map.of("TRAIN negative", 12_500L, "TRAIN positive", 12_500L,
                "TEST negative", 12_500L, "TEST positive", 12_500L));
    }

    private ReadSummary read(String file, LoadOptions options, CountingSink sink) {
        Optional<Path> path = datasets().map(root -> root.resolve(file)).filter(Files::isRegularFile);
        assumeTrue(path.isPresent(), "real data set not found: " + file);
        ReadSummary summary = sources.open(path.get().toString(), options).read(sink);
        sink.assertTextsStripped();
        return summary;
    }

    /** Tests run in training/; the data sets live next to the repository, or where SENTIO_DATASETS says. */
    private static Optional<Path> datasets() {
        return Stream.concat(
                        Optional.ofNullable(System.getenv("SENTIO_DATASETS")).stream(),
                        Stream.of("../../shared/datasets", "../shared/datasets", "/work/shared/datasets"))
                .map(Path::of)
                .filter(Files::isDirectory)
                .findFirst();
    }

    /** Counts instead of keeping 50,000 texts. */
    private static final class CountingSink implements RowSink {
        final Map<String, Long> labels = new TreeMap<>();
        final Map<String, Long> splits = new TreeMap<>();
        final Map<String, Long> skipped = new TreeMap<>();
        long accepted;
        long unstripped;

        @Override
        public void accept(LabelledText row) {
            accepted++;
            if (row.text().isBlank() || !row.text().equals(row.text().strip())) {
                unstripped++;
            }
            labels.merge(row.label(), 1L, Long::sum);
            row.officialSplit().ifPresent(split -> splits.merge(split + " " + row.label(), 1L, Long::sum));
        }

        @Override
        public void skip(String reason) {
            skipped.merge(reason, 1L, Long::sum);
        }

        @Override
        public String toString() {
            return labels.entrySet().stream().map(Object::toString).collect(Collectors.joining(", "));
        }

        /** Every accepted text is non-blank and stripped, whatever the source wrapped it in. */
        void assertTextsStripped() {
            assertThat(unstripped).isZero();
        }
    }
}
