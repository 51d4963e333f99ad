package io.sentio.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two real multi-label sets read as label sets, against the counts their READMEs give; skipped
 * when the data sets are not next to the repository.
 */
class RealLabelSetsTest {
    private final DataSources sources = Fixtures.dataSources();

    @Test
    void tmdbGenresAreReadWhole() {
        Path file = dataset("tmdb_5000_movies/tmdb_5000_movies.csv.gz");
        LoadOptions options = LoadOptions.defaults().withTextColumns(List.of("overview")).withLabelColumn("genres")
                .withLabelSets(LabelSetOptions.sets());
        Counts counts = new Counts();

        sources.open(file.toString(), options).read(counts);

        assertThat(counts.rows).isEqualTo(4_771);
        assertThat(counts.skipped).isEqualTo(Map.of(SkipReasons.MISSING_LABEL, 28L, SkipReasons.EMPTY_TEXT, 4L));
        assertThat(counts.perLabel).hasSize(20).containsEntry("Drama", 2_296L).containsEntry("Comedy", 1_721L)
                .containsEntry("Action", 1_153L).containsEntry("TV Movie", 8L);
    }

    @Test
    void genreIdsAreNamedThroughTheLabelMap() {
        Path file = dataset("movies_overview_genres/movies_overview.csv.gz");
        Path map = dataset("movies_overview_genres/movies_genres.csv.gz");
        LoadOptions options = LoadOptions.defaults().withTextColumns(List.of("overview")).withLabelColumn("genre_ids")
                .withLabelSets(new LabelSetOptions(true, "|", Optional.of(map.toString())));
        Counts counts = new Counts();

        sources.open(file.toString(), options).read(counts);

        assertThat(counts.rows).isEqualTo(9_977);
        assertThat(counts.skipped).isEqualTo(Map.of(SkipReasons.MISSING_LABEL, 3L));
        assertThat(counts.perLabel).hasSize(18).containsEntry("Drama", 4_523L).containsEntry("TV Movie", 119L)
                .doesNotContainKey("Documentary");
    }

    private static Path dataset(String file) {
        Optional<Path> path = Stream.of("../../shared/datasets", "../shared/datasets", "/work/shared/datasets")
                .map(Path::of).filter(Files::isDirectory).findFirst().map(root -> root.resolve(file))
                .filter(Files::isRegularFile);
        assumeTrue(path.isPresent(), "real data set not found: " + file);
        return path.get();
    }

    private static final class Counts implements RowSink {
        final Map<String, Long> perLabel = new TreeMap<>();
        final Map<String, Long> skipped = new TreeMap<>();
        long rows;

        @Override
        public void accept(LabelledText row) {
            rows++;
            row.labels().forEach(l -> perLabel.merge(l, 1L, Long::sum));
        }

        @Override
        public void skip(String reason) {
            skipped.merge(reason, 1L, Long::sum);
        }
    }
}
