package io.sentio.training.telemetry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Structured log lines for jobs (retrain), through log4j2: the JSON layout
 * ({@code TrainingJsonLayout.json}) writes one object per line on stderr with {@code timestamp},
 * {@code level}, {@code service}, {@code logger}, {@code message} and the event's fields at the top
 * level, so CloudWatch Logs Insights can filter on any of them. The AWS SDK's warnings reach the same
 * stream in the same layout. DEBUG lines only when verbose.
 */
public final class JobLog {
    /** The logger of the job's own lines (the layout's {@code logger} field). */
    public static final String LOGGER = "io.sentio.training.job";
    /** Written by the layout itself: a field of the same name is left out rather than written twice. */
    private static final Set<String> RESERVED = Set.of("timestamp", "level", "service", "logger", "message",
            "exception");
    private static final Logger LOG = LogManager.getLogger(LOGGER);

    private final boolean debug;

    public JobLog(boolean debug) {
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
            write(Level.DEBUG, message, fields);
        }
    }

    public void info(String message, Map<String, ?> fields) {
        write(Level.INFO, message, fields);
    }

    public void warn(String message, Map<String, ?> fields) {
        write(Level.WARN, message, fields);
    }

    public void error(String message, Map<String, ?> fields) {
        write(Level.ERROR, message, fields);
    }

    private static void write(Level level, String message, Map<String, ?> fields) {
        if (!LOG.isEnabled(level)) {
            return;
        }
        Map<String, Object> plain = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            Object present = value instanceof Optional<?> o ? o.orElse(null) : value;
            if (present != null && !RESERVED.contains(name)) {
                plain.put(name, present);
            }
        });
        LOG.log(level, new FieldsMessage(message, plain));
    }
}
