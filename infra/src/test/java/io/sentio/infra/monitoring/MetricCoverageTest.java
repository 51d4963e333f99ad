package io.sentio.infra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.contract.MetricDimensions;
import io.sentio.contract.ServingMetric;
import io.sentio.contract.TrainingMetric;
import io.sentio.infra.support.SynthesizedApp;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * Infra's side of the metrics contract, read from the synthesized serving template: every metric
 * the contract says the function (or the retrain job) can emit is watched by an alarm or drawn on
 * the dashboard, under the namespace and Service dimension it is emitted with — so a metric nobody
 * looks at, or a graph of a name nothing emits, fails here.
 */
class MetricCoverageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A metric as CloudWatch identifies it: namespace, name and the Service dimension's value. */
    record MetricId(String namespace, String name, String service) {
    }

    private static Template serving;
    private static Set<MetricId> alarmed;
    private static Set<MetricId> graphed;

    @BeforeAll
    static void synthesize() throws Exception {
        serving = SynthesizedApp.defaults().serving();
        alarmed = new HashSet<>();
        for (Map<String, Object> alarm : serving.findResources("AWS::CloudWatch::Alarm").values()) {
            JsonNode properties = JSON.valueToTree(alarm).get("Properties");
            addIfMetric(properties, alarmed);
            properties.path("Metrics").forEach(m -> addIfMetric(m.path("MetricStat").path("Metric"), alarmed));
        }
        graphed = new HashSet<>();
        for (Map<String, Object> dashboard : serving.findResources("AWS::CloudWatch::Dashboard").values()) {
            for (JsonNode widget : JSON.readTree(body(JSON.valueToTree(dashboard).get("Properties"))).get("widgets")) {
                widget.path("properties").path("metrics").forEach(MetricCoverageTest::addIfGraphed);
            }
        }
    }

    @Test
    void everyMetricTheFunctionCanEmitIsAlarmedOnOrGraphed() {
        for (ServingMetric metric : ServingMetric.values()) {
            MetricId id = new MetricId(MetricDimensions.NAMESPACE, metric.metricName(), ServingMetric.DEFAULT_SERVICE);
            assertThat(alarmed.contains(id) || graphed.contains(id)).as("%s in an alarm or a dashboard widget", id)
                    .isTrue();
        }
    }

    @Test
    void everyMetricTheRetrainJobEmitsIsGraphed() {
        for (TrainingMetric metric : TrainingMetric.values()) {
            assertThat(graphed).contains(new MetricId(MetricDimensions.NAMESPACE, metric.metricName(),
                    TrainingMetric.SERVICE));
        }
    }

    @Test
    void everySentioMetricTheTemplateReadsIsOneTheContractDeclares() {
        Set<MetricId> declared = new HashSet<>();
        Arrays.stream(ServingMetric.values()).forEach(m -> declared.add(
                new MetricId(MetricDimensions.NAMESPACE, m.metricName(), ServingMetric.DEFAULT_SERVICE)));
        Arrays.stream(TrainingMetric.values()).forEach(m -> declared.add(
                new MetricId(MetricDimensions.NAMESPACE, m.metricName(), TrainingMetric.SERVICE)));
        Set<MetricId> read = new HashSet<>(alarmed);
        read.addAll(graphed);

        assertThat(read.stream().filter(id -> id.namespace().equals(MetricDimensions.NAMESPACE)))
                .isNotEmpty().allMatch(declared::contains);
    }

    @Test
    void anyInternalErrorOrModelLoadFailureRaisesAnAlarm() {
        for (ServingMetric metric : List.of(ServingMetric.INTERNAL_ERRORS, ServingMetric.MODEL_LOAD_FAILURES)) {
            serving.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                    "Namespace", MetricDimensions.NAMESPACE,
                    "MetricName", metric.metricName(),
                    "Dimensions", List.of(Map.of("Name", MetricDimensions.SERVICE, "Value",
                            ServingMetric.DEFAULT_SERVICE)),
                    "Statistic", "Sum",
                    "Unit", "Count",
                    "Threshold", 0,
                    "ComparisonOperator", "GreaterThanThreshold",
                    "EvaluationPeriods", 1)));
        }
    }

    private static void addIfMetric(JsonNode metric, Set<MetricId> into) {
        if (metric.has("MetricName") && metric.has("Namespace")) {
            String service = null;
            for (JsonNode dimension : metric.path("Dimensions")) {
                if (dimension.path("Name").asText().equals(MetricDimensions.SERVICE)) {
                    service = dimension.path("Value").asText();
                }
            }
            into.add(new MetricId(metric.get("Namespace").asText(), metric.get("MetricName").asText(), service));
        }
    }

    /** A graphed metric: {@code [namespace, name, dimension, value, ..., {options}]}; expressions are skipped. */
    private static void addIfGraphed(JsonNode row) {
        if (!row.isArray() || !row.get(0).isTextual()) {
            return;
        }
        String service = null;
        for (int i = 2; i + 1 < row.size() && row.get(i).isTextual(); i += 2) {
            if (row.get(i).asText().equals(MetricDimensions.SERVICE)) {
                service = row.get(i + 1).asText();
            }
        }
        graphed.add(new MetricId(row.get(0).asText(), row.get(1).asText(), service));
    }

    /** The dashboard body: a string, or {@code Fn::Join} of strings and references (kept as placeholders). */
    private static String body(JsonNode properties) {
        JsonNode body = properties.get("DashboardBody");
        if (body.isTextual()) {
            return body.asText();
        }
        StringBuilder text = new StringBuilder();
        body.get("Fn::Join").get(1).forEach(part -> text.append(part.isTextual() ? part.asText() : "ref"));
        return text.toString();
    }
}
