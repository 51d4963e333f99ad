package io.sentio.function.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sample events in {@code events/} and the answer each documents: the one table the handler
 * tests, the local twin's tests and the runtime-client test all check against.
 */
public final class SampleEvents {
    /** From a module directory (function/, local/), where Maven runs the tests. */
    public static final Path DIRECTORY = Path.of("..", "events");

    /** What an event file should get: a status and, for errors, the error code. */
    public record Expected(int status, Optional<String> errorCode) {
        static Expected ok() {
            return new Expected(200, Optional.empty());
        }

        static Expected error(int status, String code) {
            return new Expected(status, Optional.of(code));
        }
    }

    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            Map.entry("predict.json", Expected.ok()),
            Map.entry("predict-batch.json", Expected.ok()),
            Map.entry("predict-get.json", Expected.ok()),
            Map.entry("predict-base64.json", Expected.ok()),
            Map.entry("predict-stage.json", Expected.ok()),
            Map.entry("predict-explain.json", Expected.ok()),
            Map.entry("health.json", Expected.ok()),
            Map.entry("model.json", Expected.ok()),
            Map.entry("bad-invalid-json.json", Expected.error(400, "invalid_json")),
            Map.entry("bad-empty-text.json", Expected.error(400, "empty_text")),
            Map.entry("bad-missing-text.json", Expected.error(400, "missing_text")),
            Map.entry("bad-wrong-type.json", Expected.error(400, "invalid_request")),
            Map.entry("bad-base64.json", Expected.error(400, "invalid_encoding")),
            Map.entry("bad-explain-label.json", Expected.error(400, "unknown_label")),
            Map.entry("bad-oversized-text.json", Expected.error(413, "text_too_large")),
            Map.entry("bad-oversized-batch.json", Expected.error(413, "batch_too_large")),
            Map.entry("bad-unknown-route.json", Expected.error(404, "not_found")),
            Map.entry("bad-wrong-method.json", Expected.error(405, "method_not_allowed")),
            Map.entry("bad-content-type.json", Expected.error(415, "unsupported_media_type")));

    private SampleEvents() {
    }

    /** The file names in {@code events/}, sorted. */
    public static List<String> files() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file names that have an expectation. */
    public static List<String> documented() {
        return EXPECTED.keySet().stream().sorted().toList();
    }

    public static Expected expected(String file) {
        Expected expected = EXPECTED.get(file);
        if (expected == null) {
            throw new IllegalArgumentException(file + " has no documented answer in SampleEvents");
        }
        return expected;
    }

    public static Path path(String file) {
        return DIRECTORY.resolve(file);
    }

    public static String read(String file) {
        try {
            return Files.readString(path(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
