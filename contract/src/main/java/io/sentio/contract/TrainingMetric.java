package io.sentio.contract;

/**
 * The EMF metrics the training image's {@code retrain} command emits once per run, in namespace
 * {@value MetricDimensions#NAMESPACE} with the one dimension set [Service] = {@value #SERVICE}.
 * A failed run emits only {@link #RETRAIN_PROMOTED} (0) and {@link #RETRAIN_SECONDS}.
 */
public enum TrainingMetric {
    /** The candidate's accuracy on the held-out split (a label-set model: subset accuracy, every label of a text right). */
    RETRAIN_ACCURACY("RetrainAccuracy", MetricUnit.NONE),
    /** The candidate's macro-F1 on the held-out split (a label-set model: the mean of the per-label F1). */
    RETRAIN_MACRO_F1("RetrainMacroF1", MetricUnit.NONE),
    /** Rows read from the training data. */
    RETRAIN_ROWS("RetrainRows", MetricUnit.COUNT),
    /** The run's duration. */
    RETRAIN_SECONDS("RetrainSeconds", MetricUnit.SECONDS),
    /** 1 when the candidate was promoted, else 0. */
    RETRAIN_PROMOTED("RetrainPromoted", MetricUnit.COUNT);

    /** The {@value MetricDimensions#SERVICE} dimension's value, and the {@code service} field of the job's log lines. */
    public static final String SERVICE = "sentio-training";

    private final String metricName;
    private final MetricUnit unit;

    TrainingMetric(String metricName, MetricUnit unit) {
        this.metricName = metricName;
        this.unit = unit;
    }

    /** The name in CloudWatch, e.g. {@code RetrainMacroF1}. */
    public String metricName() {
        return metricName;
    }

    public MetricUnit unit() {
        return unit;
    }
}
