package io.sentio.infra.monitoring;

import io.sentio.infra.config.ContextValues;
import java.util.Optional;

/**
 * Alarm thresholds and where alarms go.
 *
 * @param apiP99LatencyMs context {@code apiP99LatencyMs}, default 300: API Gateway p99 latency
 * @param lambdaP99DurationMs context {@code lambdaP99DurationMs}, default 250: function p99 duration
 *     (also rolls a canary back)
 * @param api5xxRatePercent context {@code api5xxRatePercent}, default 1: share of API responses
 *     that are 5xx (also rolls a canary back)
 * @param lambdaErrors context {@code lambdaErrors}, default 1: function errors per minute
 *     (also rolls a canary back)
 * @param lambdaThrottles context {@code lambdaThrottles}, default 1: throttled invocations per minute
 * @param lowConfidenceShare context {@code lowConfidenceShare}, default 0.2: share of predictions
 *     below the model's confidence threshold over 15 minutes, a sign of drift
 * @param unknownTermShare context {@code unknownTermShare}, default 0.1: hourly mean share of a
 *     predicted text's tokens the model's vocabulary does not know (the clothing model's held-out
 *     reviews sit near 0.02, out-of-domain earphone and movie reviews 0.13 to 0.16 higher)
 * @param alarmEmail context {@code alarmEmail}, no default: an address subscribed to the alarm topic
 */
public record MonitoringConfig(
        int apiP99LatencyMs,
        int lambdaP99DurationMs,
        double api5xxRatePercent,
        int lambdaErrors,
        int lambdaThrottles,
        double lowConfidenceShare,
        double unknownTermShare,
        Optional<String> alarmEmail) {

    public static final MonitoringConfig DEFAULTS =
            new MonitoringConfig(300, 250, 1.0, 1, 1, 0.2, 0.1, Optional.empty());

    public static MonitoringConfig from(ContextValues context) {
        return new MonitoringConfig(
                context.integer("apiP99LatencyMs", DEFAULTS.apiP99LatencyMs(), 1, 30_000),
                context.integer("lambdaP99DurationMs", DEFAULTS.lambdaP99DurationMs(), 1, 900_000),
                context.decimal("api5xxRatePercent", DEFAULTS.api5xxRatePercent(), 0.0, 100.0),
                context.integer("lambdaErrors", DEFAULTS.lambdaErrors(), 1, 1_000_000),
                context.integer("lambdaThrottles", DEFAULTS.lambdaThrottles(), 1, 1_000_000),
                context.decimal("lowConfidenceShare", DEFAULTS.lowConfidenceShare(), 0.0, 1.0),
                context.decimal("unknownTermShare", DEFAULTS.unknownTermShare(), 0.0, 1.0),
                context.optionalString("alarmEmail"));
    }
}
