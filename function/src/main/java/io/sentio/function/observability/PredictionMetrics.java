package io.sentio.function.observability;

import io.sentio.contract.MetricDimensions;
import io.sentio.contract.ServingMetric;
import io.sentio.core.model.TextPrediction;
import io.sentio.function.api.ApiOutcome;
import io.sentio.function.api.Route;
import java.util.EnumMap;
import java.util.Map;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;
import software.amazon.lambda.powertools.metrics.provider.EmfMetricsProvider;
import software.amazon.lambda.powertools.metrics.provider.MetricsProvider;

/**
 * CloudWatch metrics in Embedded Metric Format, through Powertools: one EMF record per request
 * that has something to count. Every metric carries two dimension sets, [Service] (what the
 * alarms watch) and [Service, ModelVersion] (to compare versions during a rollout); both are
 * bounded: one service, a handful of live versions. Names, units and dimensions are the contract's
 * ({@link ServingMetric}): infra's alarms and dashboard read the same constants.
 *
 * <p>Each record uses its own Powertools {@link Metrics} instance from the provider, so concurrent
 * requests (local server) never share a metrics context, and nothing accumulates between
 * invocations (Powertools' shared instance is keyed by X-Ray trace id and only released on
 * {@code flush()}).
 */
public final class PredictionMetrics {
    private static final Map<ServingMetric, MetricUnit> UNITS = units();

    private final MetricsProvider provider;
    private final String namespace;
    private final DimensionSet serviceOnly;
    private final DimensionSet serviceAndVersion;
    private final double lowConfidenceThreshold;

    public PredictionMetrics(MetricsProvider provider, String namespace, String service, String modelVersion,
            double lowConfidenceThreshold) {
        this.provider = provider;
        this.namespace = namespace;
        // Built (and validated by Powertools) once: a name CloudWatch would refuse fails init, not requests.
        this.serviceOnly = DimensionSet.of(MetricDimensions.SERVICE, service);
        this.serviceAndVersion = DimensionSet.of(MetricDimensions.SERVICE, service,
                MetricDimensions.MODEL_VERSION, modelVersion);
        this.lowConfidenceThreshold = lowConfidenceThreshold;
        provider.getMetricsInstance().setNamespace(namespace);
    }

    public static PredictionMetrics emf(String namespace, String service, String modelVersion,
            double lowConfidenceThreshold) {
        return new PredictionMetrics(new EmfMetricsProvider(), namespace, service, modelVersion,
                lowConfidenceThreshold);
    }

    public double lowConfidenceThreshold() {
        return lowConfidenceThreshold;
    }

    public boolean isLowConfidence(TextPrediction prediction) {
        return prediction.overall().lowConfidence(lowConfidenceThreshold);
    }

    /** The metrics of one request; writes nothing when there is nothing to count (health, model). */
    public void record(RequestRecord request) {
        ApiOutcome outcome = request.outcome();
        int status = outcome.status();
        boolean predicted = outcome.route() == Route.PREDICT && status == 200;
        if (!predicted && status < 400 && !request.coldStart()) {
            return;
        }
        Metrics metrics = open();
        if (request.coldStart()) {
            add(metrics, ServingMetric.COLD_START, 1);
        }
        if (predicted) {
            int low = 0;
            for (TextPrediction prediction : outcome.predictions()) {
                if (isLowConfidence(prediction)) {
                    low++;
                }
            }
            add(metrics, ServingMetric.PREDICTIONS, outcome.predictions().size());
            add(metrics, ServingMetric.LOW_CONFIDENCE, low);
            // One value per text (EMF keeps them as an array), so averages and percentiles are per text.
            for (TextPrediction prediction : outcome.predictions()) {
                add(metrics, ServingMetric.UNKNOWN_TERM_SHARE, prediction.unknownTermShare());
            }
            add(metrics, ServingMetric.PREDICTION_LATENCY, request.latencyMs());
        } else if (status >= 500) {
            add(metrics, ServingMetric.INTERNAL_ERRORS, 1);
        } else if (status >= 400) {
            add(metrics, ServingMetric.INVALID_REQUESTS, 1);
        }
        metrics.flush();
    }

    /** Once per environment, at init: how long fetching, verifying and loading the bundle took. */
    public void modelLoaded(double millis) {
        Metrics metrics = open();
        add(metrics, ServingMetric.MODEL_LOAD_MILLIS, millis);
        metrics.flush();
    }

    /**
     * At a failed init, when there is no model (and so no version): one {@code ModelLoadFailures}
     * record with the dimension set [Service] only.
     */
    public static void modelLoadFailed(MetricsProvider provider, String namespace, String service) {
        Metrics metrics = provider.getMetricsInstance();
        metrics.setNamespace(namespace);
        metrics.setDefaultDimensions(DimensionSet.of(MetricDimensions.SERVICE, service));
        add(metrics, ServingMetric.MODEL_LOAD_FAILURES, 1);
        metrics.flush();
    }

    private static void add(Metrics metrics, ServingMetric metric, double value) {
        metrics.addMetric(metric.metricName(), value, UNITS.get(metric));
    }

    /** The contract names CloudWatch units as Powertools does; looked up once, not per record. */
    private static Map<ServingMetric, MetricUnit> units() {
        Map<ServingMetric, MetricUnit> units = new EnumMap<>(ServingMetric.class);
        for (ServingMetric metric : ServingMetric.values()) {
            units.put(metric, MetricUnit.valueOf(metric.unit().name()));
        }
        return units;
    }

    private Metrics open() {
        Metrics metrics = provider.getMetricsInstance();
        metrics.setNamespace(namespace);
        // The default set is the record's first dimension set ([Service]); adding [Service] again
        // would only replace it by an equal one, at the cost of two copies and a validation.
        metrics.setDefaultDimensions(serviceOnly);
        metrics.addDimension(serviceAndVersion);
        return metrics;
    }
}
