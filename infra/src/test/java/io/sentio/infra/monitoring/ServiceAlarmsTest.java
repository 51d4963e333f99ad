package io.sentio.infra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.infra.support.SynthesizedApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ServiceAlarmsTest {

    private static Template serving;

    @BeforeAll
    static void synthesize() {
        serving = SynthesizedApp.defaults().serving();
    }

    @Test
    void apiP99LatencyAbove300Milliseconds() {
        serving.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "Namespace", "AWS/ApiGateway",
                "MetricName", "Latency",
                "ExtendedStatistic", "p99",
                "Period", 60,
                "Threshold", 300,
                "ComparisonOperator", "GreaterThanThreshold",
                "EvaluationPeriods", 3)));
    }

    @Test
    void functionP99DurationOfTheLiveAlias() {
        serving.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "Namespace", "AWS/Lambda",
                "MetricName", "Duration",
                "ExtendedStatistic", "p99",
                "Threshold", 250,
                "Dimensions", Match.arrayWith(List.of(Match.objectLike(Map.of("Name", "Resource")))))));
    }

    @Test
    void api5xxRateAsMetricMath() {
        serving.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "Threshold", 1,
                "Metrics", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Expression", "IF(requests > 0, 100 * errors / requests, 0)")))))));
    }

    @Test
    void functionErrorsAndThrottles() {
        for (String metric : List.of("Errors", "Throttles")) {
            serving.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                    "Namespace", "AWS/Lambda",
                    "MetricName", metric,
                    "Statistic", "Sum",
                    "Threshold", 1,
                    "ComparisonOperator", "GreaterThanOrEqualToThreshold")));
        }
    }

    @Test
    void lowConfidenceShareOfPredictionsFromTheServiceDimension() {
        serving.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "Threshold", 0.2,
                "Metrics", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Expression", "IF(predictions > 0, low / predictions, 0)")),
                        sentioMetric("LowConfidence"),
                        sentioMetric("Predictions"))))));
    }

    private static Object sentioMetric(String name) {
        Map<String, Object> metric = Map.of(
                "Namespace", "Sentio",
                "MetricName", name,
                "Dimensions", List.of(Map.of("Name", "Service", "Value", "sentio")));
        return Match.objectLike(Map.of("MetricStat", Match.objectLike(Map.of("Metric", metric))));
    }

    @Test
    void everyAlarmNotifiesTheTopicWhenItFiresAndWhenItClears() {
        Map<String, Map<String, Object>> alarms = serving.findResources("AWS::CloudWatch::Alarm");
        assertThat(alarms).hasSize(9);
        String topic = serving.findResources("AWS::SNS::Topic").keySet().iterator().next();
        List<Object> notifyTopic = List.of(Map.of("Ref", topic));
        assertThat(alarms.values()).allSatisfy(alarm -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) alarm.get("Properties");
            assertThat(properties.get("AlarmActions")).isEqualTo(notifyTopic);
            assertThat(properties.get("OKActions")).isEqualTo(notifyTopic);
            assertThat(properties).containsEntry("TreatMissingData", "notBreaching");
        });
        serving.resourceCountIs("AWS::SNS::Subscription", 0);
    }

    @Test
    void thresholdsAndRecipientComeFromTheContext() {
        Template custom = SynthesizedApp.customised().serving();
        custom.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "Latency", "ExtendedStatistic", "p99", "Threshold", 250)));
        custom.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "Duration", "ExtendedStatistic", "p99", "Threshold", 180)));
        custom.hasResourceProperties("AWS::SNS::Subscription", Match.objectLike(Map.of(
                "Protocol", "email", "Endpoint", "ops@example.com")));
    }

    @Test
    void dashboardShowsLatencyPercentilesTrafficColdStartsAndPredictions() {
        Map<String, Map<String, Object>> dashboards = serving.findResources("AWS::CloudWatch::Dashboard");
        assertThat(dashboards).hasSize(1);
        serving.hasResourceProperties("AWS::CloudWatch::Dashboard", Match.objectLike(Map.of(
                "DashboardName", ServiceDashboard.NAME)));
        String body = SynthesizedApp.json(dashboards.values().iterator().next());
        assertThat(body).contains("p50", "p90", "p99")
                .contains("Invocations", "Errors", "Throttles", "5xx")
                .contains("ColdStart", "ModelLoadMillis")
                .contains("Predictions", "LowConfidence", "InvalidRequests", "PredictionLatency");
    }

    @Test
    void dashboardShowsEachRetrainsMetricsOverNinetyDays() {
        String body = SynthesizedApp.json(serving.findResources("AWS::CloudWatch::Dashboard"));
        for (String metric : List.of("RetrainAccuracy", "RetrainMacroF1", "RetrainRows", "RetrainSeconds",
                "RetrainPromoted")) {
            assertThat(body).contains("[\\\"Sentio\\\",\\\"" + metric + "\\\",\\\"Service\\\",\\\"sentio-training\\\"");
        }
        assertThat(body).contains("\\\"start\\\":\\\"-P90D\\\"");
    }
}
