package io.sentio.training.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.contract.TrainingMetric;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class JobLogTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    private static List<JsonNode> lines(String err) {
        ObjectMapper json = new ObjectMapper();
        return Arrays.stream(err.split("\n")).filter(l -> !l.isBlank()).map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + l, e);
            }
        }).toList();
    }

    @Test
    void eachEventIsOneJsonLineWithLevelMessageAndTypedFields() {
        String err = CapturedStderr.during(() -> new JobLog(false).info("retrain started", JobLog.fields(
                "store", "s3://b/m", "tolerance", 0.005, "rows", 1200L, "live_version", Optional.of(3),
                "candidate_version", Optional.empty(), "labels", Map.of("positive", 2))));

        List<JsonNode> lines = lines(err);
        assertThat(lines).hasSize(1);
        JsonNode line = lines.get(0);
        assertThat(Instant.parse(line.get("timestamp").asText())).isNotNull();
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("service").asText()).isEqualTo(TrainingMetric.SERVICE);
        assertThat(line.get("logger").asText()).isEqualTo(JobLog.LOGGER);
        assertThat(line.get("message").asText()).isEqualTo("retrain started");
        assertThat(line.get("store").asText()).isEqualTo("s3://b/m");
        assertThat(line.get("tolerance").isDouble()).as("numbers stay numbers").isTrue();
        assertThat(line.get("tolerance").asDouble()).isEqualTo(0.005);
        assertThat(line.get("rows").isIntegralNumber()).isTrue();
        assertThat(line.get("live_version").asInt()).as("an Optional is written as its value").isEqualTo(3);
        assertThat(line.has("candidate_version")).as("an empty one is left out").isFalse();
        assertThat(line.get("labels").get("positive").asInt()).isEqualTo(2);
        assertThat(line.has("exception")).isFalse();
    }

    @Test
    void textThatNeedsEscapingStaysValidJson() {
        String message = "cannot read C:\\data\\\"reviews\".csv\nsecond line\ttab";

        String err = CapturedStderr.during(() -> new JobLog(false).error("retrain failed",
                JobLog.fields("error", message)));

        assertThat(lines(err)).singleElement().satisfies(line ->
                assertThat(line.get("error").asText()).isEqualTo(message));
    }

    @Test
    void fieldsCannotOverwriteTheLevelMessageOrService() {
        String err = CapturedStderr.during(() -> new JobLog(false).error("retrain failed",
                JobLog.fields("level", "INFO", "message", "fine", "service", "other", "alias", "live")));

        JsonNode line = lines(err).get(0);
        assertThat(line.get("level").asText()).isEqualTo("ERROR");
        assertThat(line.get("message").asText()).isEqualTo("retrain failed");
        assertThat(line.get("service").asText()).isEqualTo(TrainingMetric.SERVICE);
        assertThat(line.get("alias").asText()).isEqualTo("live");
    }

    @Test
    void debugLinesOnlyWhenVerbose() {
        String err = CapturedStderr.during(() -> {
            new JobLog(false).debug("hidden", JobLog.fields());
            new JobLog(true).debug("shown", JobLog.fields());
        });

        List<JsonNode> lines = lines(err);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("level").asText()).isEqualTo("DEBUG");
        assertThat(lines.get(0).get("message").asText()).isEqualTo("shown");
    }

    @Test
    void aLibrarysWarningThroughSlf4jReachesTheSameLogWithItsException() {
        String err = CapturedStderr.during(() -> {
            LoggerFactory.getLogger("software.amazon.awssdk.request").info("chatter");
            LoggerFactory.getLogger("software.amazon.awssdk.request").warn("retrying request",
                    new IllegalStateException("slow down"));
        });

        assertThat(lines(err)).singleElement().satisfies(line -> {
            assertThat(line.get("level").asText()).isEqualTo("WARN");
            assertThat(line.get("logger").asText()).isEqualTo("software.amazon.awssdk.request");
            assertThat(line.get("message").asText()).isEqualTo("retrying request");
            assertThat(line.get("service").asText()).isEqualTo(TrainingMetric.SERVICE);
            assertThat(line.get("exception").get("class").asText()).isEqualTo("java.lang.IllegalStateException");
            assertThat(line.get("exception").get("message").asText()).isEqualTo("slow down");
        });
    }

    @Test
    void progressOfAStepIsLoggedAtEveryTenthAndWhenDone() {
        JobLogProgress progress = new JobLogProgress(new JobLog(false), CLOCK);

        String err = CapturedStderr.during(() -> {
            try (var task = progress.start("training logistic", 4)) {
                for (int epoch = 1; epoch <= 4; epoch++) {
                    task.advanceTo(epoch);
                }
            }
        });

        List<JsonNode> lines = lines(err);
        assertThat(lines).extracting(l -> l.get("message").asText())
                .containsExactly("training logistic", "training logistic", "training logistic",
                        "training logistic done");
        assertThat(lines.get(3).get("total").asLong()).isEqualTo(4);
        assertThat(lines.get(3).get("seconds").asDouble()).isZero();
    }
}
