package io.sentio.function.observability;

import io.sentio.core.model.TextPrediction;
import io.sentio.function.api.ApiOutcome;
import io.sentio.function.api.Route;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;
import software.amazon.lambda.powertools.metrics.provider.EmfMetricsProvider;
import software.amazon.lambda.powertools.metrics.provider.MetricsProvider;

/**
 * CloudWatch metrics in Embedded Metric Format, through Powertools: one EMF record per request
 * that has something to count. Every metric carries two dimension sets, [Service] (what the
 * alarms watch) and [Service, ModelVersion] (to compare versions during a rollout); both are
 * bounded: one service, a handful of live versions.
 *
 * <p>Each record uses its own Powertools {@link Metrics} instance from the provider, so concurrent
 * requests (local server) never share a metrics context, and nothing accumulates between
 * invocations (Powertools' shared instance is keyed by X-Ray trace id and only released on
 * {@code flush()}).
 */
public final class PredictionMetrics {
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
        this.serviceOnly = DimensionSet.of(MetricNames.SERVICE_DIMENSION, service);
        this.serviceAndVersion = DimensionSet.of(MetricNames.SERVICE_DIMENSION, service,
                MetricNames.MODEL_VERSION_DIMENSION, modelVersion);
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
        return prediction.overall().confidence() < lowConfidenceThreshold;
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
            metrics.addMetric(MetricNames.COLD_START, 1, MetricUnit.COUNT);
        }
        if (predicted) {
            int low = 0;
            for (TextPrediction prediction : outcome.predictions()) {
                if (isLowConfidence(prediction)) {
                    low++;
                }
            }
            metrics.addMetric(MetricNames.PREDICTIONS, outcome.predictions().size(), MetricUnit.COUNT);
            metrics.addMetric(MetricNames.LOW_CONFIDENCE, low, MetricUnit.COUNT);
            // One value per text (EMF keeps them as an array), so averages and percentiles are per text.
            for (TextPrediction prediction : outcome.predictions()) {
                metrics.addMetric(MetricNames.UNKNOWN_TERM_SHARE, prediction.unknownTermShare(), MetricUnit.NONE);
            }
            metrics.addMetric(MetricNames.PREDICTION_LATENCY, request.latencyMs(), MetricUnit.MILLISECONDS);
        } else if (status >= 500) {
            metrics.addMetric(MetricNames.INTERNAL_ERRORS, 1, MetricUnit.COUNT);
        } else if (status >= 400) {
            metrics.addMetric(MetricNames.INVALID_REQUESTS, 1, MetricUnit.COUNT);
        }
        metrics.flush();
    }

    /** Once per environment, at init: how long fetching, verifying and loading the bundle took. */
    public void modelLoaded(double millis) {
        Metrics metrics = open();
        metrics.addMetric(MetricNames.MODEL_LOAD_MILLIS, millis, MetricUnit.MILLISECONDS);
        metrics.flush();
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
