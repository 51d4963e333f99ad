package io.sentio.training.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** The small data files under src/test/resources/data, and gzip copies of them. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/data/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture data/" + name, e);
        }
    }

    static String location(String name) {
        return path(name).toString();
    }

    /** A gzip copy of {@code bytes} in {@code dir}, under a name that does not say gzip. */
    static Path gzip(byte[] bytes, Path target) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            out.write(bytes);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An opener for local files; S3 is not expected. */
    static InputOpener localOpener() {
        return new InputOpener(() -> {
            throw new AssertionError("no S3 in this test");
        });
    }

    static DataSources dataSources() {
        return new DataSources(localOpener());
    }
}
