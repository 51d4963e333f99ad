package io.sentio.function.observability;

/**
 * The EMF names the dashboards and alarms (infra module) rely on. Change them together or not at all.
 */
public final class MetricNames {
    public static final String DEFAULT_NAMESPACE = "Sentio";
    public static final String DEFAULT_SERVICE = "sentio";

    public static final String PREDICTION_LATENCY = "PredictionLatency";
    public static final String PREDICTIONS = "Predictions";
    public static final String INVALID_REQUESTS = "InvalidRequests";
    public static final String LOW_CONFIDENCE = "LowConfidence";
    /** Per predicted text, the share of its tokens outside the vocabulary: the cheapest drift signal. */
    public static final String UNKNOWN_TERM_SHARE = "UnknownTermShare";
    public static final String MODEL_LOAD_MILLIS = "ModelLoadMillis";
    public static final String COLD_START = "ColdStart";
    /** Init could not load the bundle (dimension set [Service] only: the version is unknown). */
    public static final String MODEL_LOAD_FAILURES = "ModelLoadFailures";
    /** 5xx answers: the handler answers them itself, so Lambda's own Errors metric never sees them. */
    public static final String INTERNAL_ERRORS = "InternalErrors";

    public static final String SERVICE_DIMENSION = "Service";
    public static final String MODEL_VERSION_DIMENSION = "ModelVersion";

    private MetricNames() {
    }
}
