package io.sentio.training.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.contract.RetrainRecordFormat;
import io.sentio.core.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetrainRecordTest {
    static final Instant START = Instant.parse("2026-11-23T09:05:07.123Z");

    @Test
    void aRunsOwnKeyIsItsStartTimeInUtc() {
        assertThat(failed().key()).isEqualTo("retrain/20261123T090507Z.json");
    }

    @Test
    void jsonIsSnakeCaseAndLeavesOutWhatIsAbsent() throws Exception {
        JsonNode json = Json.mapper().readTree(failed().toJson());

        assertThat(json.get("status").asText()).isEqualTo("failed");
        assertThat(json.get("live_version_before").asInt()).isEqualTo(4);
        assertThat(json.get("live_version_after").asInt()).isEqualTo(4);
        assertThat(json.get("started_at").asText()).isEqualTo("2026-11-23T09:05:07.123Z");
        assertThat(json.has("candidate_version")).isFalse();
        assertThat(json.has("candidate_score")).isFalse();
        assertThat(json.has("model_uri")).isFalse();
        assertThat(json.get("message").asText()).isEqualTo("no such file");
    }

    @Test
    void aCompleteRecordHasExactlyTheContractsFieldsInItsOrder() throws Exception {
        RetrainRecord refused = new RetrainRecord(RetrainRecord.REFUSED, "s3://b/models/reviews", "live",
                Optional.of(5), Optional.of(4), Optional.of(4), "macro_f1", Optional.of(0.71), Optional.of(0.74), 0.005,
                Optional.of("s3://b/models/reviews@5"), "s3://b/data/x.csv", START, START.plusSeconds(3), "refused");

        JsonNode json = Json.mapper().readTree(refused.toJson());

        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyElementsOf(RetrainRecordFormat.FIELDS);
        assertThat(json.get(RetrainRecordFormat.STATUS).asText()).isEqualTo(RetrainRecordFormat.REFUSED);
        assertThat(json.get(RetrainRecordFormat.CANDIDATE_VERSION).isInt()).isTrue();
        assertThat(RetrainRecord.LATEST_KEY).isEqualTo(RetrainRecordFormat.LATEST_KEY);
    }

    private static RetrainRecord failed() {
        return new RetrainRecord(RetrainRecord.FAILED, "s3://b/models/reviews", "live", Optional.empty(),
                Optional.of(4), Optional.of(4), "macro_f1", Optional.empty(), Optional.empty(), 0.0, Optional.empty(),
                "s3://b/data/x.csv", START, START.plusSeconds(3), "no such file");
    }
}
