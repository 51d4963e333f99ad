package io.sentio.training.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.sentio.contract.RetrainRecordFormat;
import io.sentio.core.json.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What one retrain run did, as written to {@code <store>/retrain/latest.json} and
 * {@code <store>/retrain/<yyyyMMdd'T'HHmmss'Z'>.json} (snake_case; absent values are left out). The
 * field names and status values are the contract's ({@link RetrainRecordFormat}): the lifecycle
 * state machine reads the record by them.
 *
 * @param status            {@value #PROMOTED}, {@value #REFUSED} or {@value #FAILED}
 * @param candidateVersion  the version the candidate was stored as; absent when the run failed before
 * @param liveVersionBefore where the alias pointed when the gate ran (or at the start, on failure)
 * @param liveVersionAfter  where it points after the run (the candidate when promoted)
 * @param modelUri          {@code <store>@<candidate_version>}
 * @param data              the data the candidate was trained on
 * @param message           one line for a person
 */
public record RetrainRecord(
        String status,
        String store,
        String alias,
        Optional<Integer> candidateVersion,
        Optional<Integer> liveVersionBefore,
        Optional<Integer> liveVersionAfter,
        String metric,
        Optional<Double> candidateScore,
        Optional<Double> liveScore,
        double tolerance,
        Optional<String> modelUri,
        String data,
        Instant startedAt,
        Instant finishedAt,
        String message) {

    public static final String PROMOTED = RetrainRecordFormat.PROMOTED;
    public static final String REFUSED = RetrainRecordFormat.REFUSED;
    public static final String FAILED = RetrainRecordFormat.FAILED;
    public static final String LATEST_KEY = RetrainRecordFormat.LATEST_KEY;

    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The key of this run's own record: {@code retrain/20261123T090000Z.json}, by its start time. */
    public String key() {
        return "retrain/" + KEY_TIME.format(startedAt) + ".json";
    }

    public byte[] toJson() {
        try {
            return Json.mapper().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("retrain record cannot be written as JSON", e);
        }
    }
}
