package io.sentio.function.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Standard output captured while code runs: the JSON log lines (log4j2 follows System.out) and
 * the EMF records, as Lambda would ship them to CloudWatch.
 */
public final class CapturedOutput {
    private final String text;

    private CapturedOutput(String text) {
        this.text = text;
    }

    public static synchronized CapturedOutput during(Runnable work) {
        return capture(() -> {
            work.run();
            return null;
        }).output();
    }

    /** Like {@link #during(Runnable)}, keeping what the work returned. */
    public static synchronized <T> Captured<T> capture(Supplier<T> work) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        T value;
        try {
            value = work.get();
        } finally {
            System.out.flush();
            System.setOut(original);
        }
        return new Captured<>(value, new CapturedOutput(buffer.toString(StandardCharsets.UTF_8)));
    }

    public record Captured<T>(T value, CapturedOutput output) {
    }

    public String text() {
        return text;
    }

    public List<JsonNode> lines() {
        return Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).map(Fixtures::json).toList();
    }

    /** EMF records: lines with an {@code _aws} block. */
    public List<JsonNode> metrics() {
        return lines().stream().filter(l -> l.has("_aws")).toList();
    }

    /** Log lines: lines with a {@code level}. */
    public List<JsonNode> logs() {
        return lines().stream().filter(l -> l.has("level")).toList();
    }
}
