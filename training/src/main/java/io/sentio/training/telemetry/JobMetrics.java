package io.sentio.training.telemetry;

import io.sentio.contract.MetricDimensions;
import io.sentio.contract.TrainingMetric;
import java.io.PrintStream;
import java.time.Clock;
import software.amazon.cloudwatchlogs.emf.logger.MetricsLogger;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.model.Unit;

/**
 * CloudWatch metrics of a job in Embedded Metric Format, through the AWS EMF library: one JSON line
 * on the job's stdout per {@link Record#flush()}, which CloudWatch Logs turns into metrics when the
 * Batch job's log reaches it. Names, units, namespace and the dimension [Service] =
 * {@value TrainingMetric#SERVICE} are the contract's ({@link TrainingMetric}), which infra's dashboard
 * reads. Properties ride along in the same line for Logs Insights; they are not metrics.
 */
public final class JobMetrics {
    private final StdoutEnvironment environment;
    private final Clock clock;

    public JobMetrics(PrintStream out, Clock clock) {
        this.environment = new StdoutEnvironment(out);
        this.clock = clock;
    }

    /** A new record, stamped now. */
    public Record record() {
        MetricsLogger logger = new MetricsLogger(environment);
        logger.setNamespace(MetricDimensions.NAMESPACE);
        logger.setDimensions(DimensionSet.of(MetricDimensions.SERVICE, TrainingMetric.SERVICE));
        logger.setTimestamp(clock.instant());
        return new Record(logger);
    }

    /** One EMF line in the making. */
    public static final class Record {
        private final MetricsLogger logger;

        private Record(MetricsLogger logger) {
            this.logger = logger;
        }

        /** A metric; a value that is not finite (an undefined score) is left out, as CloudWatch would refuse it. */
        public Record put(TrainingMetric metric, double value) {
            if (Double.isFinite(value)) {
                logger.putMetric(metric.metricName(), value, Unit.valueOf(metric.unit().name()));
            }
            return this;
        }

        /** A field of the same line that is not a metric (status, model URI). */
        public Record property(String name, Object value) {
            logger.putProperty(name, value);
            return this;
        }

        /** Writes the line. */
        public void flush() {
            logger.flush();
        }
    }
}
