package io.sentio.contract;

/**
 * The environment variables the prediction function reads (the function's {@code FunctionConfig}
 * documents defaults and meaning); the CDK app sets them by these names.
 */
public final class FunctionEnvironment {
    /** The bundle to serve: a directory, {@code file:///store@alias} or {@code s3://bucket/prefix@alias}. */
    public static final String MODEL_URI = "MODEL_URI";
    public static final String RETURN_TOP_N = "RETURN_TOP_N";
    /**
     * {@code false} forbids {@code "explain": true} (403): per-term weights, like every label's
     * probability ({@link #RETURN_TOP_N}), make it easier to copy the model through the API.
     */
    public static final String EXPLAIN_ENABLED = "EXPLAIN_ENABLED";
    public static final String LOW_CONFIDENCE_THRESHOLD = "LOW_CONFIDENCE_THRESHOLD";
    public static final String REVIEW_SAMPLE_RATE = "REVIEW_SAMPLE_RATE";
    public static final String REVIEW_LOW_CONFIDENCE_SAMPLE_RATE = "REVIEW_LOW_CONFIDENCE_SAMPLE_RATE";
    public static final String MAX_TEXT_CHARS = "MAX_TEXT_CHARS";
    public static final String MAX_BATCH_SIZE = "MAX_BATCH_SIZE";
    public static final String MAX_BODY_BYTES = "MAX_BODY_BYTES";
    public static final String PRIMING_ROUNDS = "PRIMING_ROUNDS";
    /** {@code true}: {@code GET /} serves the try-it page (a browser form over the API); otherwise it is a 404. */
    public static final String TRY_IT_PAGE = "TRY_IT_PAGE";
    /** The {@value MetricDimensions#SERVICE} dimension and log field (Powertools reads it too). */
    public static final String SERVICE_NAME = "POWERTOOLS_SERVICE_NAME";
    /** The CloudWatch namespace of the function's metrics (Powertools reads it too). */
    public static final String METRICS_NAMESPACE = "POWERTOOLS_METRICS_NAMESPACE";
    /** The root log level; read by Powertools, not by the function's own code. */
    public static final String LOG_LEVEL = "POWERTOOLS_LOG_LEVEL";
    /** Scoring function only: the {@code s3://bucket/prefix/} backlogs must lie under (its IAM role reads no other). */
    public static final String SCORING_INPUT_URI = "SCORING_INPUT_URI";
    /** Scoring function only: the {@code s3://bucket/prefix/} results must lie under (its IAM role writes no other). */
    public static final String SCORING_OUTPUT_URI = "SCORING_OUTPUT_URI";

    private FunctionEnvironment() {
    }
}
