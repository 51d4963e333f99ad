package io.sentio.infra.monitoring;

import io.sentio.contract.ServingMetric;
import io.sentio.contract.TrainingMetric;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigatewayv2.IHttpApi;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

/**
 * One CloudWatch dashboard: latency percentiles, traffic and errors, cold starts and model
 * loading (and its failures), prediction volume with the low-confidence share and internal errors, the alarm states, and — over the last
 * 90 days, as retraining is rare — each retrain's quality, size and whether it was promoted.
 */
public final class ServiceDashboard extends Construct {

    public static final String NAME = "Sentio";
    private static final Duration MINUTE = Duration.minutes(1);
    private static final Duration FIVE_MINUTES = Duration.minutes(5);
    private static final Duration DAY = Duration.days(1);
    private static final String RETRAIN_RANGE = "-P90D";
    private static final List<String> PERCENTILES = List.of("p50", "p90", "p99");

    public ServiceDashboard(Construct scope, String id, IHttpApi api, IFunction liveAlias, List<IAlarm> alarms) {
        super(scope, id);
        Dashboard dashboard = Dashboard.Builder.create(this, "Dashboard").dashboardName(NAME).build();
        dashboard.addWidgets(
                graph("API latency (ms)", percentiles(p -> api.metricLatency(ServiceAlarms.per(MINUTE, p)))),
                graph("Function duration, live alias (ms)",
                        percentiles(p -> liveAlias.metricDuration(ServiceAlarms.per(MINUTE, p)))),
                graph("Prediction latency in handler (ms)",
                        percentiles(p -> SentioMetrics.metric(ServingMetric.PREDICTION_LATENCY, p, MINUTE))));
        dashboard.addWidgets(
                graph("API requests and errors", List.of(
                        api.metricCount(ServiceAlarms.per(MINUTE, "Sum")),
                        api.metricClientError(ServiceAlarms.per(MINUTE, "Sum")),
                        api.metricServerError(ServiceAlarms.per(MINUTE, "Sum")))),
                graph("Invocations, errors, throttles", List.of(
                        liveAlias.metricInvocations(ServiceAlarms.per(MINUTE, "Sum")),
                        liveAlias.metricErrors(ServiceAlarms.per(MINUTE, "Sum")),
                        liveAlias.metricThrottles(ServiceAlarms.per(MINUTE, "Sum")))),
                GraphWidget.Builder.create()
                        .title("Cold starts, model load failures and model load (ms)")
                        .left(List.of(SentioMetrics.sum(ServingMetric.COLD_START, FIVE_MINUTES),
                                SentioMetrics.sum(ServingMetric.MODEL_LOAD_FAILURES, FIVE_MINUTES)))
                        .right(List.of(SentioMetrics.metric(ServingMetric.MODEL_LOAD_MILLIS, "Maximum", FIVE_MINUTES)))
                        .width(8)
                        .build());
        dashboard.addWidgets(
                graph("Predictions, low confidence, invalid requests, internal errors", List.of(
                        SentioMetrics.sum(ServingMetric.PREDICTIONS, FIVE_MINUTES),
                        SentioMetrics.sum(ServingMetric.LOW_CONFIDENCE, FIVE_MINUTES),
                        SentioMetrics.sum(ServingMetric.INVALID_REQUESTS, FIVE_MINUTES),
                        SentioMetrics.sum(ServingMetric.INTERNAL_ERRORS, FIVE_MINUTES))),
                GraphWidget.Builder.create()
                        .title("Drift: low-confidence share, unknown-term share (mean, p90)")
                        .left(List.of(ServiceAlarms.lowConfidenceShare()))
                        .right(List.of(
                                SentioMetrics.metric(ServingMetric.UNKNOWN_TERM_SHARE, "Average", FIVE_MINUTES),
                                SentioMetrics.metric(ServingMetric.UNKNOWN_TERM_SHARE, "p90", FIVE_MINUTES)))
                        .width(8)
                        .height(6)
                        .build(),
                AlarmStatusWidget.Builder.create().title("Alarms").alarms(alarms).width(8).height(6).build());
        dashboard.addWidgets(
                retrainGraph("Retrain: candidate accuracy and macro-F1 (90 days)", List.of(
                        TrainingMetrics.metric(TrainingMetric.RETRAIN_ACCURACY, "Maximum", DAY),
                        TrainingMetrics.metric(TrainingMetric.RETRAIN_MACRO_F1, "Maximum", DAY)), List.of()),
                retrainGraph("Retrain: training rows and seconds (90 days)", List.of(
                        TrainingMetrics.metric(TrainingMetric.RETRAIN_ROWS, "Maximum", DAY)), List.of(
                        TrainingMetrics.metric(TrainingMetric.RETRAIN_SECONDS, "Maximum", DAY))),
                retrainGraph("Retrain: promoted candidates per day (90 days)", List.of(
                        TrainingMetrics.metric(TrainingMetric.RETRAIN_PROMOTED, "Sum", DAY)), List.of()));
    }

    private static GraphWidget retrainGraph(String title, List<? extends IMetric> left, List<? extends IMetric> right) {
        return GraphWidget.Builder.create().title(title).left(left).right(right)
                .start(RETRAIN_RANGE).width(8).height(6).build();
    }

    private static List<IMetric> percentiles(java.util.function.Function<String, Metric> metric) {
        return PERCENTILES.stream().<IMetric>map(metric::apply).toList();
    }

    private static GraphWidget graph(String title, List<? extends IMetric> metrics) {
        return GraphWidget.Builder.create().title(title).left(metrics).width(8).height(6).build();
    }
}
