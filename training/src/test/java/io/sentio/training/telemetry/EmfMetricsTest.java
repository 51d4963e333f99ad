package io.sentio.training.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EmfMetricsTest {
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final EmfMetrics metrics = new EmfMetrics(new PrintStream(out, true, StandardCharsets.UTF_8),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void flushWritesOneEmbeddedMetricFormatLine() throws Exception {
        metrics.put("RetrainMacroF1", 0.75, EmfMetrics.NONE)
                .put("RetrainRows", 1200, EmfMetrics.COUNT)
                .property("status", "promoted")
                .flush();

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines[0]);
        JsonNode directive = line.get("_aws").get("CloudWatchMetrics").get(0);
        assertThat(line.get("_aws").get("Timestamp").asLong()).isEqualTo(NOW.toEpochMilli());
        assertThat(directive.get("Namespace").asText()).isEqualTo("Sentio");
        assertThat(directive.get("Dimensions").toString()).isEqualTo("[[\"Service\"]]");
        assertThat(directive.get("Metrics").toString())
                .isEqualTo("[{\"Name\":\"RetrainMacroF1\",\"Unit\":\"None\"},{\"Name\":\"RetrainRows\",\"Unit\":\"Count\"}]");
        assertThat(line.get("Service").asText()).isEqualTo("sentio-training");
        assertThat(line.get("RetrainMacroF1").asDouble()).isEqualTo(0.75);
        assertThat(line.get("RetrainRows").asDouble()).isEqualTo(1200);
        assertThat(line.get("status").asText()).isEqualTo("promoted");
    }

    @Test
    void eachFlushStartsOverAndAnEmptyOneWritesNothing() {
        metrics.put("RetrainPromoted", 1, EmfMetrics.COUNT).flush();
        metrics.flush();

        assertThat(out.toString(StandardCharsets.UTF_8).split("\n")).hasSize(1);
    }
}
