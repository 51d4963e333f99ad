package io.sentio.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputOpenerTest {
    private final InputOpener opener = Fixtures.localOpener();
    private final byte[] csv = Fixtures.bytes("clothing_reviews.csv");

    @Test
    void gzipIsRecognisedByItsMagicBytesNotItsName(@TempDir Path dir) throws IOException {
        Path gzipNamedCsv = Fixtures.gzip(csv, dir.resolve("reviews.csv"));
        Path plainNamedGz = Files.write(dir.resolve("reviews.csv.gz"), csv);

        assertThat(Files.readAllBytes(gzipNamedCsv)).startsWith(0x1f, 0x8b);
        assertThat(readAll(gzipNamedCsv.toString())).isEqualTo(csv);
        assertThat(readAll(plainNamedGz.toString())).isEqualTo(csv);
    }

    @Test
    void fileUrisAreLocalPaths() throws IOException {
        assertThat(readAll(Fixtures.path("clothing_reviews.csv").toUri().toString())).isEqualTo(csv);
    }

    @Test
    void aMissingFileIsADataFormatErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("missing.csv.gz");

        assertThatThrownBy(() -> opener.open(missing.toString()))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("no such file: " + missing);
    }

    @Test
    void aDirectoryIsNotAFile(@TempDir Path dir) {
        assertThatThrownBy(() -> opener.open(dir.toString()))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(dir + " is a directory; expected a file");
    }

    @Test
    void aTruncatedGzipFailsTheReadNamingTheFile(@TempDir Path dir) throws IOException {
        Path gzip = Fixtures.gzip(csv, dir.resolve("reviews.csv"));
        byte[] whole = Files.readAllBytes(gzip);
        Path truncated = Files.write(dir.resolve("truncated.csv"), java.util.Arrays.copyOf(whole, whole.length / 2));
        DataSources sources = Fixtures.dataSources();

        // Small files already fail while the layout is recognised; large ones part way through the read.
        assertThatThrownBy(() -> sources.open(truncated.toString(), LoadOptions.defaults()).read(new RecordingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("cannot read " + truncated);
    }

    @Test
    void aGzipTruncatedPastTheLayoutCheckFailsTheReadAsUnreadableNotAsMalformed(@TempDir Path dir) throws IOException {
        StringBuilder csvText = new StringBuilder("Title,Review Text,Rating\n");
        for (int i = 0; i < 20_000; i++) {
            csvText.append("Fine,Review number ").append(i).append(" of many,4\n");
        }
        Path gzip = Fixtures.gzip(csvText.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), dir.resolve("big.csv"));
        byte[] whole = Files.readAllBytes(gzip);
        Path truncated = Files.write(dir.resolve("truncated.csv"), java.util.Arrays.copyOf(whole, whole.length - 100));
        DataSource source = Fixtures.dataSources().open(truncated.toString(), LoadOptions.defaults());

        assertThatThrownBy(() -> source.read(new RecordingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("cannot read " + truncated + ": Unexpected end of ZLIB input stream");
    }

    @Test
    void theS3ClientIsOnlyMadeWhenAnS3LocationIsOpened() {
        // Fixtures.localOpener() fails the test if its S3 supplier is ever called.
        assertThat(Fixtures.dataSources().open(Fixtures.location("reviews.jsonl"), LoadOptions.defaults())).isNotNull();
    }

    private byte[] readAll(String location) throws IOException {
        try (InputStream in = opener.open(location)) {
            return in.readAllBytes();
        }
    }
}
