package io.sentio.training.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Structured log lines for jobs (retrain): one JSON object per line on stderr with
 * {@code timestamp}, {@code level}, {@code service}, {@code message} and the event's fields at the
 * top level, so CloudWatch Logs Insights can filter on any of them. DEBUG lines only when verbose.
 */
public final class JsonLog {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Set<String> RESERVED = Set.of("timestamp", "level", "service", "message");

    private final PrintStream err;
    private final Clock clock;
    private final boolean debug;

    public JsonLog(PrintStream err, Clock clock, boolean debug) {
        this.err = err;
        this.clock = clock;
        this.debug = debug;
    }

    /** Fields in the order given: {@code fields("store", uri, "alias", "live")}. */
    public static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            fields.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return fields;
    }

    public void debug(String message, Map<String, ?> fields) {
        if (debug) {
            write("DEBUG", message, fields);
        }
    }

    public void info(String message, Map<String, ?> fields) {
        write("INFO", message, fields);
    }

    public void warn(String message, Map<String, ?> fields) {
        write("WARN", message, fields);
    }

    public void error(String message, Map<String, ?> fields) {
        write("ERROR", message, fields);
    }

    private void write(String level, String message, Map<String, ?> fields) {
        ObjectNode line = JSON.createObjectNode();
        line.put("timestamp", clock.instant().toString());
        line.put("level", level);
        line.put("service", EmfMetrics.SERVICE);
        line.put("message", message);
        fields.forEach((name, value) -> {
            Object plain = value instanceof Optional<?> o ? o.orElse(null) : value;
            if (plain != null && !RESERVED.contains(name)) {
                line.set(name, JSON.valueToTree(plain));
            }
        });
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }
}
