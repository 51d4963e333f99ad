package io.sentio.function.observability;

import static io.sentio.function.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.contract.ServingMetric;
import io.sentio.function.ApiHandler;
import io.sentio.function.testing.CapturedOutput;
import io.sentio.function.testing.Events;
import io.sentio.function.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drift metric as CloudWatch would receive it: parsed from captured standard output. */
class UnknownTermShareMetricTest {
    private static final String UNKNOWN = "zorbly plinkish wuggle";

    @Test
    void aPredictionEmitsItsUnknownTermShareUnderTheSameDimensionsWithoutTheText() {
        ApiHandler handler = Fixtures.handler();

        CapturedOutput out = CapturedOutput.during(() -> call(handler,
                Events.postJson("/predict", "{\"text\":\"I love this dress, " + UNKNOWN + "\"}")));

        JsonNode record = out.metrics().get(0);
        JsonNode directive = record.get("_aws").get("CloudWatchMetrics").get(0);
        assertThat(names(directive)).contains(ServingMetric.UNKNOWN_TERM_SHARE.metricName(), ServingMetric.PREDICTIONS.metricName());
        assertThat(directive.get("Dimensions").toString()).isEqualTo("[[\"Service\"],[\"Service\",\"ModelVersion\"]]");
        // "i love this dress zorbly plinkish wuggle": 3 of 7 tokens are unknown to the test model.
        assertThat(record.get(ServingMetric.UNKNOWN_TERM_SHARE.metricName()).asDouble()).isEqualTo(3.0 / 7);
        assertThat(out.text()).doesNotContain("zorbly");
    }

    @Test
    void aBatchEmitsOneValuePerText() {
        ApiHandler handler = Fixtures.handler();

        CapturedOutput out = CapturedOutput.during(() -> call(handler,
                Events.postJson("/predict", "{\"texts\":[\"love it\",\"" + UNKNOWN + "\",\"great quality\"]}")));

        JsonNode values = out.metrics().get(0).get(ServingMetric.UNKNOWN_TERM_SHARE.metricName());
        assertThat(values.isArray()).as(values.toString()).isTrue();
        List<Double> shares = new ArrayList<>();
        values.forEach(v -> shares.add(v.asDouble()));
        assertThat(shares).containsExactly(0.0, 1.0, 0.0);
    }

    @Test
    void aRefusedRequestEmitsNoShare() {
        ApiHandler handler = Fixtures.handler();

        CapturedOutput out = CapturedOutput.during(() -> call(handler, Events.postJson("/predict", "{\"text\":\"\"}")));

        assertThat(out.metrics()).allSatisfy(m -> assertThat(m.has(ServingMetric.UNKNOWN_TERM_SHARE.metricName())).isFalse());
    }

    private static List<String> names(JsonNode directive) {
        List<String> names = new ArrayList<>();
        directive.get("Metrics").forEach(m -> names.add(m.get("Name").asText()));
        return names;
    }
}
