package io.sentio.infra.lifecycle;

import io.sentio.contract.RetrainRecordFormat;
import io.sentio.infra.storage.BucketLayout;

/**
 * Where the state machine finds the training image's retrain record and the paths of the fields it
 * reads. The record's format — field names, status values — is the contract's
 * ({@link RetrainRecordFormat}), which the training job writes by; the state machine trusts the
 * record rather than the exit code, which Batch only reports as SUCCEEDED or FAILED.
 */
final class RetrainRecord {

    /** Where {@code ReadResult} puts the record in the execution's state. */
    static final String PATH = "$.result.record";

    private RetrainRecord() {
    }

    /** {@code models/<name>/retrain/latest.json}: the record's key in the model bucket. */
    static String key(String modelName) {
        return BucketLayout.MODELS_PREFIX + modelName + "/" + RetrainRecordFormat.LATEST_KEY;
    }

    /** The JSONPath of one of the record's fields, e.g. {@code $.result.record.status}. */
    static String field(String name) {
        return PATH + "." + name;
    }
}
