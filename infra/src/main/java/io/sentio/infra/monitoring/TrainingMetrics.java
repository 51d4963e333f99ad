package io.sentio.infra.monitoring;

import io.sentio.contract.MetricDimensions;
import io.sentio.contract.TrainingMetric;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Metric;

/**
 * The EMF metrics the training image's {@code retrain} command emits once per run, as the contract
 * ({@link TrainingMetric}) names them: namespace {@value MetricDimensions#NAMESPACE}, dimension
 * {@code Service=}{@value TrainingMetric#SERVICE}. No unit is set, so a graph keeps the data points
 * of runs whatever unit they were written with.
 */
public final class TrainingMetrics {

    private TrainingMetrics() {
    }

    public static Metric metric(TrainingMetric metric, String statistic, Duration period) {
        return Metric.Builder.create()
                .namespace(MetricDimensions.NAMESPACE)
                .metricName(metric.metricName())
                .dimensionsMap(Map.of(MetricDimensions.SERVICE, TrainingMetric.SERVICE))
                .statistic(statistic)
                .period(period)
                .build();
    }
}
