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
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonLogTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private JsonLog log(boolean debug) {
        return new JsonLog(new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK, debug);
    }

    private JsonNode[] lines() throws Exception {
        String[] text = err.toString(StandardCharsets.UTF_8).split("\n");
        JsonNode[] lines = new JsonNode[text.length];
        for (int i = 0; i < text.length; i++) {
            lines[i] = new ObjectMapper().readTree(text[i]);
        }
        return lines;
    }

    @Test
    void eachEventIsOneJsonLineWithLevelMessageAndFields() throws Exception {
        log(false).info("retrain started", JsonLog.fields("store", "s3://b/m", "tolerance", 0.005,
                "live_version", Optional.of(3), "candidate_version", Optional.empty()));

        JsonNode[] lines = lines();
        assertThat(lines).hasSize(1);
        assertThat(lines[0].get("timestamp").asText()).isEqualTo("2026-11-23T09:00:00Z");
        assertThat(lines[0].get("level").asText()).isEqualTo("INFO");
        assertThat(lines[0].get("service").asText()).isEqualTo("sentio-training");
        assertThat(lines[0].get("message").asText()).isEqualTo("retrain started");
        assertThat(lines[0].get("store").asText()).isEqualTo("s3://b/m");
        assertThat(lines[0].get("tolerance").asDouble()).isEqualTo(0.005);
        assertThat(lines[0].get("live_version").asInt()).as("an Optional is written as its value").isEqualTo(3);
        assertThat(lines[0].has("candidate_version")).as("an empty one is left out").isFalse();
    }

    @Test
    void fieldsCannotOverwriteTheLevelOrMessage() throws Exception {
        log(false).error("retrain failed", JsonLog.fields("level", "INFO", "message", "fine"));

        JsonNode line = lines()[0];
        assertThat(line.get("level").asText()).isEqualTo("ERROR");
        assertThat(line.get("message").asText()).isEqualTo("retrain failed");
    }

    @Test
    void debugLinesOnlyWhenVerbose() throws Exception {
        log(false).debug("hidden", JsonLog.fields());
        log(true).debug("shown", JsonLog.fields());

        JsonNode[] lines = lines();
        assertThat(lines).hasSize(1);
        assertThat(lines[0].get("level").asText()).isEqualTo("DEBUG");
        assertThat(lines[0].get("message").asText()).isEqualTo("shown");
    }

    @Test
    void progressOfAStepIsLoggedAtEveryTenthAndWhenDone() throws Exception {
        JsonLogProgress progress = new JsonLogProgress(log(false), CLOCK);

        try (var task = progress.start("training logistic", 4)) {
            for (int epoch = 1; epoch <= 4; epoch++) {
                task.advanceTo(epoch);
            }
        }

        JsonNode[] lines = lines();
        assertThat(lines).extracting(l -> l.get("message").asText())
                .containsExactly("training logistic", "training logistic", "training logistic",
                        "training logistic done");
        assertThat(lines[3].get("total").asLong()).isEqualTo(4);
        assertThat(lines[3].get("seconds").asDouble()).isZero();
    }
}
