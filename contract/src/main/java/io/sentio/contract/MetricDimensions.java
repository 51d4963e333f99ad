package io.sentio.contract;

/** Where the metrics live in CloudWatch: one namespace, and the dimension names they are emitted with. */
public final class MetricDimensions {
    /** The CloudWatch namespace of every Sentio metric (the function's default, the training job's always). */
    public static final String NAMESPACE = "Sentio";
    /** Every metric carries it; alarms and graphs select on it alone. */
    public static final String SERVICE = "Service";
    /** The function's metrics carry it as well (dimension set [Service, ModelVersion]), to compare versions. */
    public static final String MODEL_VERSION = "ModelVersion";

    private MetricDimensions() {
    }
}
