package io.sentio.infra.monitoring;

import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Metric;

/**
 * The EMF metrics the training image's {@code retrain} command emits once per run, in namespace
 * {@code Sentio} with the dimension {@code Service=sentio-training}. No unit is set: CloudWatch
 * matches a metric with a unit only against data points emitted with that unit.
 */
public final class TrainingMetrics {

    public static final String SERVICE = "sentio-training";

    public static final String ACCURACY = "RetrainAccuracy";
    public static final String MACRO_F1 = "RetrainMacroF1";
    public static final String ROWS = "RetrainRows";
    public static final String SECONDS = "RetrainSeconds";
    public static final String PROMOTED = "RetrainPromoted";

    private TrainingMetrics() {
    }

    public static Metric metric(String name, String statistic, Duration period) {
        return Metric.Builder.create()
                .namespace(SentioMetrics.NAMESPACE)
                .metricName(name)
                .dimensionsMap(Map.of("Service", SERVICE))
                .statistic(statistic)
                .period(period)
                .build();
    }
}
