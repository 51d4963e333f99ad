package io.sentio.training.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CloudWatch metrics as Embedded Metric Format: one JSON line on stdout per {@link #flush()}, which
 * CloudWatch Logs turns into metrics (namespace {@value #NAMESPACE}, dimension
 * {@code Service=}{@value #SERVICE}) when the Batch job's log reaches it. No agent, no Powertools: the
 * format is the contract (docs.aws.amazon.com, "Embedded metric format specification").
 * Properties ride along in the same line for CloudWatch Logs Insights; they are not metrics.
 */
public final class EmfMetrics {
    public static final String NAMESPACE = "Sentio";
    public static final String SERVICE = "sentio-training";
    public static final String COUNT = "Count";
    public static final String SECONDS = "Seconds";
    public static final String NONE = "None";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final Clock clock;
    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, String> units = new LinkedHashMap<>();
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public EmfMetrics(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    public EmfMetrics put(String name, double value, String unit) {
        values.put(name, value);
        units.put(name, unit);
        return this;
    }

    /** A field of the same line that is not a metric (status, model URI). */
    public EmfMetrics property(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** Writes the line and starts over; nothing when no metric was put. */
    public void flush() {
        if (values.isEmpty()) {
            return;
        }
        ObjectNode line = JSON.createObjectNode();
        ObjectNode aws = line.putObject("_aws");
        aws.put("Timestamp", clock.millis());
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", NAMESPACE);
        directive.putArray("Dimensions").addArray().add("Service");
        ArrayNode metrics = directive.putArray("Metrics");
        units.forEach((name, unit) -> metrics.addObject().put("Name", name).put("Unit", unit));
        line.put("Service", SERVICE);
        properties.forEach((name, value) -> line.set(name, JSON.valueToTree(value)));
        values.forEach(line::put);
        out.println(line);
        out.flush();
        values.clear();
        units.clear();
        properties.clear();
    }
}
