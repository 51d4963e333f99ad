package io.sentio.training.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.contract.MetricDimensions;
import io.sentio.contract.TrainingMetric;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class JobMetricsTest {
    /** A fixed instant near now: the EMF library refuses timestamps more than two weeks old. */
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final JobMetrics metrics = new JobMetrics(new PrintStream(out, true, StandardCharsets.UTF_8),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private String[] lines() {
        return out.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void aRecordIsOneEmbeddedMetricFormatLineInTheContractsNamespaceAndDimension() throws Exception {
        metrics.record()
                .put(TrainingMetric.RETRAIN_MACRO_F1, 0.75)
                .put(TrainingMetric.RETRAIN_ROWS, 1200)
                .property("status", "promoted")
                .flush();

        assertThat(lines()).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines()[0]);
        JsonNode directive = line.get("_aws").get("CloudWatchMetrics").get(0);
        assertThat(line.get("_aws").get("Timestamp").asLong()).isEqualTo(NOW.toEpochMilli());
        assertThat(directive.get("Namespace").asText()).isEqualTo(MetricDimensions.NAMESPACE).isEqualTo("Sentio");
        assertThat(directive.get("Dimensions").toString()).isEqualTo("[[\"Service\"]]");
        assertThat(directive.get("Metrics")).extracting(m -> m.get("Name").asText() + "/" + m.get("Unit").asText())
                .containsExactlyInAnyOrder("RetrainMacroF1/None", "RetrainRows/Count");
        assertThat(line.get("Service").asText()).isEqualTo("sentio-training");
        assertThat(line.get("RetrainMacroF1").asDouble()).isEqualTo(0.75);
        assertThat(line.get("RetrainRows").asDouble()).isEqualTo(1200);
        assertThat(line.get("status").asText()).isEqualTo("promoted");
    }

    @Test
    void eachRecordIsItsOwnLine() {
        metrics.record().put(TrainingMetric.RETRAIN_PROMOTED, 1).flush();
        metrics.record().put(TrainingMetric.RETRAIN_PROMOTED, 0).flush();

        assertThat(lines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("\"RetrainPromoted\""));
    }

    @Test
    void anUndefinedScoreIsLeftOutRatherThanFailingTheRecord() throws Exception {
        metrics.record()
                .put(TrainingMetric.RETRAIN_MACRO_F1, Double.NaN)
                .put(TrainingMetric.RETRAIN_PROMOTED, 0)
                .flush();

        JsonNode line = new ObjectMapper().readTree(lines()[0]);
        assertThat(line.has("RetrainMacroF1")).isFalse();
        assertThat(line.get("RetrainPromoted").asDouble()).isZero();
    }
}
