package io.sentio.contract;

/**
 * Every EMF metric the prediction function can emit, in namespace {@value MetricDimensions#NAMESPACE}
 * with the dimension sets [Service] and [Service, ModelVersion] ({@link #MODEL_LOAD_FAILURES}: [Service]
 * only). The CDK app alarms on or graphs each of them; a metric added here without an alarm or a
 * widget fails infra's tests, one the function emits without declaring it here fails the function's.
 */
public enum ServingMetric {
    /** Time in the handler for a successful prediction request. */
    PREDICTION_LATENCY("PredictionLatency", MetricUnit.MILLISECONDS),
    /** Texts predicted (a batch counts each text). */
    PREDICTIONS("Predictions", MetricUnit.COUNT),
    /** Requests answered with a 4xx. */
    INVALID_REQUESTS("InvalidRequests", MetricUnit.COUNT),
    /** Predictions whose confidence is below {@code LOW_CONFIDENCE_THRESHOLD}. */
    LOW_CONFIDENCE("LowConfidence", MetricUnit.COUNT),
    /** How long init took to fetch, verify and load the bundle, once per environment. */
    MODEL_LOAD_MILLIS("ModelLoadMillis", MetricUnit.MILLISECONDS),
    /** The first request of an execution environment (after init or a SnapStart restore). */
    COLD_START("ColdStart", MetricUnit.COUNT),
    /** Init could not load the bundle; the version is unknown, so dimension set [Service] only. */
    MODEL_LOAD_FAILURES("ModelLoadFailures", MetricUnit.COUNT),
    /** 5xx answers: the handler answers them itself, so Lambda's own Errors metric never sees them. */
    INTERNAL_ERRORS("InternalErrors", MetricUnit.COUNT),
    /**
     * Per predicted text, the share of its tokens the model's vocabulary does not know: a drift
     * signal compared with the bundle's baseline (docs/LIFECYCLE.md).
     */
    UNKNOWN_TERM_SHARE("UnknownTermShare", MetricUnit.NONE);

    /** The {@value MetricDimensions#SERVICE} dimension's value unless {@code POWERTOOLS_SERVICE_NAME} says otherwise. */
    public static final String DEFAULT_SERVICE = "sentio";

    private final String metricName;
    private final MetricUnit unit;

    ServingMetric(String metricName, MetricUnit unit) {
        this.metricName = metricName;
        this.unit = unit;
    }

    /** The name in CloudWatch, e.g. {@code PredictionLatency}. */
    public String metricName() {
        return metricName;
    }

    public MetricUnit unit() {
        return unit;
    }
}
