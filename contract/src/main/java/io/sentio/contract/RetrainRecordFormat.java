package io.sentio.contract;

import java.util.List;

/**
 * What the training image's {@code retrain} command writes after every run, whatever happened:
 * a JSON object at {@code <store>/}{@value #LATEST_KEY} (and a copy per run under {@code retrain/}),
 * snake_case fields, absent values left out. The lifecycle state machine reads {@link #STATUS},
 * {@link #CANDIDATE_VERSION} and {@link #MODEL_URI} from it rather than trusting the job's exit code,
 * which Batch reports only as SUCCEEDED or FAILED.
 */
public final class RetrainRecordFormat {
    /** The latest run's record, relative to the store. */
    public static final String LATEST_KEY = "retrain/latest.json";

    /** {@value #PROMOTED}, {@value #REFUSED} or {@value #FAILED}. */
    public static final String STATUS = "status";
    public static final String STORE = "store";
    public static final String ALIAS = "alias";
    /** The version the candidate was stored as (a number); absent when the run failed before storing it. */
    public static final String CANDIDATE_VERSION = "candidate_version";
    public static final String LIVE_VERSION_BEFORE = "live_version_before";
    public static final String LIVE_VERSION_AFTER = "live_version_after";
    public static final String METRIC = "metric";
    public static final String CANDIDATE_SCORE = "candidate_score";
    public static final String LIVE_SCORE = "live_score";
    public static final String TOLERANCE = "tolerance";
    /** The candidate, {@code <store>@<candidate_version>}. */
    public static final String MODEL_URI = "model_uri";
    public static final String DATA = "data";
    public static final String STARTED_AT = "started_at";
    public static final String FINISHED_AT = "finished_at";
    public static final String MESSAGE = "message";

    /** Every field, in the order the record writes them. */
    public static final List<String> FIELDS = List.of(STATUS, STORE, ALIAS, CANDIDATE_VERSION, LIVE_VERSION_BEFORE,
            LIVE_VERSION_AFTER, METRIC, CANDIDATE_SCORE, LIVE_SCORE, TOLERANCE, MODEL_URI, DATA, STARTED_AT,
            FINISHED_AT, MESSAGE);

    /** Status: the candidate passed the gate and the alias now names it. */
    public static final String PROMOTED = "promoted";
    /** Status: the gate refused the candidate; it is stored as a version, the alias did not move. */
    public static final String REFUSED = "refused";
    /** Status: the run failed; the alias did not move. */
    public static final String FAILED = "failed";

    private RetrainRecordFormat() {
    }
}
