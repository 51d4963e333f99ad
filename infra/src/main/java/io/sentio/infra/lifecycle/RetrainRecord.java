package io.sentio.infra.lifecycle;

import io.sentio.infra.storage.BucketLayout;

/**
 * The contract with the training image's {@code retrain} command: after every run it writes a JSON
 * record to {@code <store>/retrain/latest.json} (snake_case fields) and exits with 0 (candidate
 * promoted: the store alias moved to it), 3 (refused by the quality gate: stored as a version, alias
 * unchanged) or 1 (failure). The state machine trusts the record rather than the exit code, which
 * Batch only reports as SUCCEEDED or FAILED.
 */
public final class RetrainRecord {

    public static final String FILE = "retrain/latest.json";

    /** Field {@code status}: one of {@link #PROMOTED}, {@link #REFUSED}, {@link #FAILED}. */
    public static final String STATUS = "status";
    /** Field {@code candidate_version}: the version the candidate was stored as (a number), e.g. 7. */
    public static final String CANDIDATE_VERSION = "candidate_version";
    /** Field {@code model_uri}: the candidate, e.g. {@code s3://bucket/models/reviews@7}. */
    public static final String MODEL_URI = "model_uri";

    public static final String PROMOTED = "promoted";
    public static final String REFUSED = "refused";
    public static final String FAILED = "failed";

    private RetrainRecord() {
    }

    /** {@code models/<name>/retrain/latest.json}: the record's key in the model bucket. */
    public static String key(String modelName) {
        return BucketLayout.MODELS_PREFIX + modelName + "/" + FILE;
    }
}
