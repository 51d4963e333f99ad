package io.sentio.infra.monitoring;

import io.sentio.contract.MetricDimensions;
import io.sentio.contract.ServingMetric;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.Unit;

/**
 * The function's own EMF metrics, as the contract ({@link ServingMetric}) names them. Each is emitted
 * with the dimension sets {@code [Service]} and {@code [Service, ModelVersion]}; alarms and graphs
 * use {@code [Service]} so they survive a model version change. The unit is the one the function
 * emits with: CloudWatch matches a metric with a unit only against data points of that unit.
 */
public final class SentioMetrics {

    private SentioMetrics() {
    }

    public static Metric sum(ServingMetric metric, Duration period) {
        return metric(metric, "Sum", period);
    }

    public static Metric metric(ServingMetric metric, String statistic, Duration period) {
        return Metric.Builder.create()
                .namespace(MetricDimensions.NAMESPACE)
                .metricName(metric.metricName())
                .dimensionsMap(Map.of(MetricDimensions.SERVICE, ServingMetric.DEFAULT_SERVICE))
                .statistic(statistic)
                .unit(Unit.valueOf(metric.unit().name()))
                .period(period)
                .build();
    }
}
