package io.sentio.infra.monitoring;

import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.Unit;

/**
 * The function's own EMF metrics. Each is emitted with the dimension sets {@code [Service]} and
 * {@code [Service, ModelVersion]}; alarms and graphs use {@code [Service]} so they survive a
 * model version change.
 */
public final class SentioMetrics {

    public static final String NAMESPACE = "Sentio";
    public static final String SERVICE = "sentio";

    public static final String PREDICTION_LATENCY = "PredictionLatency";
    public static final String PREDICTIONS = "Predictions";
    public static final String INVALID_REQUESTS = "InvalidRequests";
    public static final String LOW_CONFIDENCE = "LowConfidence";
    public static final String MODEL_LOAD_MILLIS = "ModelLoadMillis";
    public static final String COLD_START = "ColdStart";

    private SentioMetrics() {
    }

    public static Metric sum(String name, Duration period) {
        return metric(name, "Sum", Unit.COUNT, period);
    }

    public static Metric milliseconds(String name, String statistic, Duration period) {
        return metric(name, statistic, Unit.MILLISECONDS, period);
    }

    private static Metric metric(String name, String statistic, Unit unit, Duration period) {
        return Metric.Builder.create()
                .namespace(NAMESPACE)
                .metricName(name)
                .dimensionsMap(Map.of("Service", SERVICE))
                .statistic(statistic)
                .unit(unit)
                .period(period)
                .build();
    }
}
