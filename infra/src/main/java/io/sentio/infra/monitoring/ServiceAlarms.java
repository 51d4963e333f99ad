package io.sentio.infra.monitoring;

import static software.amazon.awscdk.services.cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD;
import static software.amazon.awscdk.services.cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD;

import io.sentio.contract.ServingMetric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigatewayv2.IHttpApi;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * The alarms, all notifying one SNS topic. Function metrics are those of the {@code live} alias,
 * so during a canary they include the new version. The function p99, error and API 5xx alarms also
 * roll a canary back; API p99 latency (which includes SnapStart restores of a fresh version),
 * throttles, the drift signals (low-confidence share, unknown-term share), and any internal error or model load failure (the function's
 * own metrics: a 5xx the handler answered, an init that could not load its model) only notify.
 */
public final class ServiceAlarms extends Construct {

    private static final Duration MINUTE = Duration.minutes(1);
    private static final Duration FIVE_MINUTES = Duration.minutes(5);
    private static final Duration HOUR = Duration.hours(1);

    /** One alarm: fires when {@code datapoints} of the last {@code periods} periods breach. */
    private record Spec(String id, String description, IMetric metric, ComparisonOperator operator,
            double threshold, int periods, int datapoints, boolean rollsBack, boolean signalsDrift) {
    }

    private final List<IAlarm> rollbackAlarms = new ArrayList<>();
    private final List<IAlarm> driftAlarms = new ArrayList<>();
    private final List<IAlarm> all = new ArrayList<>();

    public ServiceAlarms(Construct scope, String id, MonitoringConfig config, IHttpApi api, IFunction liveAlias,
            ITopic topic) {
        super(scope, id);
        SnsAction notify = new SnsAction(topic);
        List.of(
                new Spec("ApiP99Latency", "API Gateway p99 latency above " + config.apiP99LatencyMs() + " ms",
                        api.metricLatency(per(MINUTE, "p99")), GREATER_THAN_THRESHOLD,
                        config.apiP99LatencyMs(), 3, 3, false, false),
                new Spec("FunctionP99Duration", "Function p99 duration above " + config.lambdaP99DurationMs() + " ms",
                        liveAlias.metricDuration(per(MINUTE, "p99")), GREATER_THAN_THRESHOLD,
                        config.lambdaP99DurationMs(), 3, 3, true, false),
                new Spec("Api5xxRate", "More than " + plain(config.api5xxRatePercent()) + "% of API responses are 5xx",
                        serverErrorPercent(api), GREATER_THAN_THRESHOLD,
                        config.api5xxRatePercent(), 3, 2, true, false),
                new Spec("FunctionErrors", config.lambdaErrors() + " or more function errors in a minute",
                        liveAlias.metricErrors(per(MINUTE, "Sum")), GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                        config.lambdaErrors(), 1, 1, true, false),
                new Spec("FunctionThrottles", config.lambdaThrottles() + " or more throttled invocations in a minute",
                        liveAlias.metricThrottles(per(MINUTE, "Sum")), GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                        config.lambdaThrottles(), 1, 1, false, false),
                new Spec("LowConfidenceShare",
                        "More than " + plain(config.lowConfidenceShare()) + " of predictions are low-confidence (drift?)",
                        lowConfidenceShare(), GREATER_THAN_THRESHOLD,
                        config.lowConfidenceShare(), 3, 3, false, true),
                new Spec("UnknownTermShare", "Over an hour, predicted texts average more than "
                        + plain(config.unknownTermShare()) + " of tokens the model does not know (drift: see "
                        + "docs/LIFECYCLE.md, and run sentio drift on recent texts)",
                        SentioMetrics.metric(ServingMetric.UNKNOWN_TERM_SHARE, "Average", HOUR),
                        GREATER_THAN_THRESHOLD, config.unknownTermShare(), 1, 1, false, true),
                new Spec("InternalErrors", "The function answered a request with an internal error (5xx): see its "
                        + "ERROR log lines", SentioMetrics.sum(ServingMetric.INTERNAL_ERRORS, MINUTE),
                        GREATER_THAN_THRESHOLD, 0, 1, 1, false, false),
                new Spec("ModelLoadFailures", "An execution environment could not load its model at init: see the "
                        + "function's 'init failed' log line", SentioMetrics.sum(ServingMetric.MODEL_LOAD_FAILURES, MINUTE),
                        GREATER_THAN_THRESHOLD, 0, 1, 1, false, false))
                .forEach(spec -> add(spec, notify));
    }

    static MathExpression serverErrorPercent(IHttpApi api) {
        return MathExpression.Builder.create()
                .expression("IF(requests > 0, 100 * errors / requests, 0)")
                .usingMetrics(new TreeMap<>(Map.of(
                        "errors", api.metricServerError(per(MINUTE, "Sum")),
                        "requests", api.metricCount(per(MINUTE, "Sum")))))
                .label("5xx %")
                .period(MINUTE)
                .build();
    }

    static MathExpression lowConfidenceShare() {
        return MathExpression.Builder.create()
                .expression("IF(predictions > 0, low / predictions, 0)")
                .usingMetrics(new TreeMap<>(Map.of(
                        "low", SentioMetrics.sum(ServingMetric.LOW_CONFIDENCE, FIVE_MINUTES),
                        "predictions", SentioMetrics.sum(ServingMetric.PREDICTIONS, FIVE_MINUTES))))
                .label("low-confidence share")
                .period(FIVE_MINUTES)
                .build();
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static MetricOptions per(Duration period, String statistic) {
        return MetricOptions.builder().statistic(statistic).period(period).build();
    }

    private void add(Spec spec, SnsAction notify) {
        Alarm alarm = Alarm.Builder.create(this, spec.id())
                .alarmDescription(spec.description())
                .metric(spec.metric())
                .comparisonOperator(spec.operator())
                .threshold(spec.threshold())
                .evaluationPeriods(spec.periods())
                .datapointsToAlarm(spec.datapoints())
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        alarm.addAlarmAction(notify);
        alarm.addOkAction(notify);
        all.add(alarm);
        if (spec.rollsBack()) {
            rollbackAlarms.add(alarm);
        }
        if (spec.signalsDrift()) {
            driftAlarms.add(alarm);
        }
    }

    /** Alarms that stop and roll back a CodeDeploy deployment of the function. */
    public List<IAlarm> rollbackAlarms() {
        return List.copyOf(rollbackAlarms);
    }

    /** The drift signals (low-confidence share, unknown-term share): what may start a retrain ({@code retrainOnDrift}). */
    public List<IAlarm> driftAlarms() {
        return List.copyOf(driftAlarms);
    }

    public List<IAlarm> all() {
        return List.copyOf(all);
    }
}
