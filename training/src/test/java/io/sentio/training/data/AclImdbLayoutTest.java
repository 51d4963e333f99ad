package io.sentio.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.core.model.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AclImdbLayoutTest {
    private static final List<LabelledText> MINI_ROWS = List.of(
            new LabelledText("Dull.", "negative", Optional.of(Split.TRAIN)),
            new LabelledText("Great film.<br /><br />Loved it.", "positive", Optional.of(Split.TRAIN)),
            new LabelledText("Masterpiece", "positive", Optional.of(Split.TRAIN)),
            new LabelledText("Awful", "negative", Optional.of(Split.TEST)),
            new LabelledText("Fun, with accents: café.", "positive", Optional.of(Split.TEST)));

    private final DataSources sources = Fixtures.dataSources();

    @Test
    void aDirectoryTreeGivesLabelAndSplitFromItsDirectoriesAndIgnoresTheRest(@TempDir Path dir) {
        Path root = AclImdbTrees.writeDirectory(dir.resolve("aclImdb"), AclImdbTrees.MINI);
        RecordingSink sink = new RecordingSink();

        DataSource source = sources.open(root.toString(), LoadOptions.defaults());
        ReadSummary summary = source.read(sink);

        assertThat(source.format()).isEqualTo("aclimdb");
        assertThat(source.layout()).startsWith("aclImdb directory");
        assertThat(summary.rowsRead()).as("unsup/, urls and README are not rows").isEqualTo(7);
        assertThat(sink.accepted).containsExactlyInAnyOrderElementsOf(MINI_ROWS);
        assertThat(sink.skipped).isEqualTo(Map.of("bad_file_name", 1L, "empty_text", 1L));
    }

    @Test
    void aDirectoryWithoutOneOfTheFourReviewDirectoriesIsRefusedNamingIt(@TempDir Path dir) {
        Path root = AclImdbTrees.writeDirectory(dir.resolve("aclImdb"), AclImdbTrees.without("train/neg"));

        assertThatThrownBy(() -> sources.open(root.toString(), LoadOptions.defaults()))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("not an aclImdb directory: missing train/neg in " + root);
    }

    @Test
    void movingAReviewToTheOtherPolarityChangesTheDataIdentity(@TempDir Path dir) throws IOException {
        Path root = AclImdbTrees.writeDirectory(dir.resolve("aclImdb"), AclImdbTrees.MINI);
        String before = sources.open(root.toString(), LoadOptions.defaults()).read(new RecordingSink()).sha256();

        Files.move(root.resolve("train/neg/3_2.txt"), root.resolve("train/pos/3_2.txt"));
        String after = sources.open(root.toString(), LoadOptions.defaults()).read(new RecordingSink()).sha256();

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void aTarGzOfTheTreeReadsTheSameRowsWithoutExtracting(@TempDir Path dir) throws IOException {
        Path tarGz = AclImdbTrees.writeTar(dir.resolve("aclImdb.tar.gz"), AclImdbTrees.MINI, true);
        RecordingSink sink = new RecordingSink();

        DataSource source = sources.open(tarGz.toString(), LoadOptions.defaults());
        ReadSummary summary = source.read(sink);

        assertThat(source.format()).isEqualTo("aclimdb");
        assertThat(source.layout()).startsWith("aclImdb tar archive");
        assertThat(summary.rowsRead()).isEqualTo(7);
        assertThat(sink.accepted).containsExactlyInAnyOrderElementsOf(MINI_ROWS);
        assertThat(sink.skipped).isEqualTo(Map.of("bad_file_name", 1L, "empty_text", 1L));
        assertThat(AclImdbTrees.list(dir)).containsExactly(dir, tarGz);
        try (InputStream tar = new GZIPInputStream(Files.newInputStream(tarGz))) {
            assertThat(summary.sha256()).as("hash of the whole uncompressed tar").isEqualTo(Sha256.hex(tar.readAllBytes()));
        }
    }

    @Test
    void aPlainTarIsReadToo(@TempDir Path dir) {
        Path tar = AclImdbTrees.writeTar(dir.resolve("reviews.tar"), AclImdbTrees.MINI, false);
        RecordingSink sink = new RecordingSink();

        sources.open(tar.toString(), LoadOptions.defaults()).read(sink);

        assertThat(sink.accepted).containsExactlyInAnyOrderElementsOf(MINI_ROWS);
    }

    @Test
    void aTarWithoutOneOfTheFourReviewDirectoriesFailsAtTheEndOfTheRead(@TempDir Path dir) {
        Path tarGz = AclImdbTrees.writeTar(dir.resolve("aclImdb.tar.gz"), AclImdbTrees.without("test/pos"), true);
        DataSource source = sources.open(tarGz.toString(), LoadOptions.defaults());

        assertThatThrownBy(() -> source.read(new RecordingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("not an aclImdb archive: " + tarGz + " has no test/pos reviews");
    }

    @Test
    void aTarOfSomethingElseIsRefusedAtOpen(@TempDir Path dir) {
        Path tarGz = AclImdbTrees.writeTar(dir.resolve("data.tar.gz"), Map.of("reviews.csv", "a,b\n1,2\n"), true);

        assertThatThrownBy(() -> sources.open(tarGz.toString(), LoadOptions.defaults()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("not an aclImdb archive: " + tarGz + " has no train|test/pos|neg/");
    }

    @Test
    void columnOptionsAreRefusedForTheFixedAclImdbLayout(@TempDir Path dir) {
        Path tarGz = AclImdbTrees.writeTar(dir.resolve("aclImdb.tar.gz"), AclImdbTrees.MINI, true);

        assertThatThrownBy(() -> sources.open(tarGz.toString(), LoadOptions.defaults().withLabelColumn("label")))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("text, label and split are fixed");
    }

    @Test
    void filePathsOutsideTheReviewDirectoriesAreNotReviews() {
        assertThat(AclImdbPath.of("aclImdb/train/pos/1_9.txt")).contains(new AclImdbPath(Split.TRAIN, "pos", "1_9.txt"));
        assertThat(AclImdbPath.of("test/neg/0_2.txt")).contains(new AclImdbPath(Split.TEST, "neg", "0_2.txt"));
        assertThat(AclImdbPath.of("aclImdb/train/unsup/1_0.txt")).isEmpty();
        assertThat(AclImdbPath.of("aclImdb/train/urls_pos.txt")).isEmpty();
        assertThat(AclImdbPath.of("aclImdb/README")).isEmpty();
        assertThat(new AclImdbPath(Split.TRAIN, "pos", "1_9.txt").hasReviewFileName()).isTrue();
        assertThat(new AclImdbPath(Split.TRAIN, "pos", "._1_9.txt").hasReviewFileName()).isFalse();
        assertThat(new AclImdbPath(Split.TRAIN, "pos", "1.txt").hasReviewFileName()).isFalse();
    }
}
