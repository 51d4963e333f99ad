package io.sentio.function.observability;

import static io.sentio.function.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.contract.ServingMetric;
import io.sentio.core.model.LoadedModel;
import io.sentio.function.ApiHandler;
import io.sentio.function.lifecycle.FunctionConfig;
import io.sentio.function.lifecycle.FunctionRuntime;
import io.sentio.function.testing.CapturedOutput;
import io.sentio.function.testing.Events;
import io.sentio.function.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Logs and EMF metrics as CloudWatch would receive them: parsed from captured standard output. */
class RequestObservabilityTest {
    private static final String SECRET = "zebrapineapple";
    private static final String TEXT = "I love this " + SECRET + " dress. It fits perfectly!";

    @Nested
    class Logs {
        @Test
        void predictionLogsOneStructuredLineWithoutTheText() {
            ApiHandler handler = Fixtures.handler();

            CapturedOutput out = CapturedOutput.during(() -> call(handler, Events.postJson("/predict", json(TEXT))));

            assertThat(out.text()).doesNotContain(SECRET);
            assertThat(out.logs()).hasSize(1);
            JsonNode line = out.logs().get(0);
            assertThat(line.get("level").asText()).isEqualTo("INFO");
            assertThat(line.get("message").asText()).isEqualTo("prediction");
            assertThat(line.get("requestId").asText()).isEqualTo(Events.REQUEST_ID);
            assertThat(line.get("function_request_id").asText()).isEqualTo("lambda-request-id");
            assertThat(line.get("cold_start").asBoolean()).isTrue();
            assertThat(line.get("service").asText()).isEqualTo("sentio");
            assertThat(line.get("modelName").asText()).isEqualTo("test-reviews");
            assertThat(line.get("modelVersion").asText()).isEqualTo("unpublished");
            assertThat(line.get("status").asInt()).isEqualTo(200);
            assertThat(line.get("latencyMs").isNumber()).isTrue();
            assertThat(line.get("label").asText()).isIn("positive", "neutral", "negative");
            assertThat(line.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(line.get("textLength").asInt()).isEqualTo(TEXT.length());
            assertThat(line.get("sentences").asInt()).isEqualTo(2);
        }

        @Test
        void coldStartIsTrueForTheFirstRequestOnly() {
            ApiHandler handler = Fixtures.handler();

            CapturedOutput out = CapturedOutput.during(() -> {
                call(handler, Events.get("/health"));
                call(handler, Events.get("/health"));
            });

            assertThat(out.logs()).extracting(l -> l.get("cold_start").asBoolean()).containsExactly(true, false);
        }

        @Test
        void batchLogsSizeLabelCountsAndTotalLengthButNoText() {
            ApiHandler handler = Fixtures.handler();

            CapturedOutput out = CapturedOutput.during(() -> call(handler,
                    Events.postJson("/predict", "{\"texts\":[\"" + SECRET + " love it\",\"awful " + SECRET + "\"]}")));

            JsonNode line = out.logs().get(0);
            assertThat(out.text()).doesNotContain(SECRET);
            assertThat(line.get("batchSize").asInt()).isEqualTo(2);
            assertThat(line.get("labels").isObject()).isTrue();
            assertThat(line.get("textLength").asInt()).isEqualTo(2 * SECRET.length() + 14);
        }

        @Test
        void refusedRequestLogsItsErrorCodeAndNeverTheBody() {
            ApiHandler handler = Fixtures.handler();

            CapturedOutput out = CapturedOutput.during(() -> call(handler,
                    Events.postJson("/predict", "{\"text\": \"" + SECRET)));

            JsonNode line = out.logs().get(0);
            assertThat(out.text()).doesNotContain(SECRET);
            assertThat(line.get("message").asText()).isEqualTo("request refused");
            assertThat(line.get("errorCode").asText()).isEqualTo("invalid_json");
            assertThat(line.get("status").asInt()).isEqualTo(400);
        }

        @Test
        void unexpectedFailureIsLoggedWithItsCauseAndAnswered500WithoutIt() {
            var good = Fixtures.model();
            LoadedModel broken = new LoadedModel(good.manifest(), good.model(), null);
            ApiHandler handler = new ApiHandler(FunctionRuntime.of(
                    FunctionConfig.fromEnvironment(Map.of("MODEL_URI", "x")), broken));

            var captured = CapturedOutput.capture(() -> call(handler, Events.postJson("/predict", json(TEXT))));

            assertThat(captured.value().getStatusCode()).isEqualTo(500);
            assertThat(captured.value().getBody()).contains("internal_error").doesNotContain("NullPointer");
            JsonNode line = captured.output().logs().get(0);
            assertThat(line.get("level").asText()).isEqualTo("ERROR");
            assertThat(line.get("error").get("name").asText()).contains("NullPointerException");
            assertThat(captured.output().metrics().get(0).has(ServingMetric.INTERNAL_ERRORS.metricName())).isTrue();
        }
    }

    @Nested
    class Metrics {
        @Test
        void predictionEmitsCountsAndLatencyUnderServiceAndServicePlusModelVersion() {
            ApiHandler handler = Fixtures.handler();

            CapturedOutput out = CapturedOutput.during(() -> call(handler, Events.postJson("/predict", json(TEXT))));

            assertThat(out.metrics()).hasSize(1);
            JsonNode record = out.metrics().get(0);
            JsonNode directive = record.get("_aws").get("CloudWatchMetrics").get(0);
            assertThat(directive.get("Namespace").asText()).isEqualTo("Sentio");
            assertThat(directive.get("Dimensions").toString()).isEqualTo("[[\"Service\"],[\"Service\",\"ModelVersion\"]]");
            assertThat(names(directive)).containsExactlyInAnyOrder("ColdStart", "Predictions", "LowConfidence",
                    "PredictionLatency", "UnknownTermShare");
            assertThat(unit(directive, "PredictionLatency")).isEqualTo("Milliseconds");
            assertThat(unit(directive, "Predictions")).isEqualTo("Count");
            assertThat(record.get("Service").asText()).isEqualTo("sentio");
            assertThat(record.get("ModelVersion").asText()).isEqualTo("unpublished");
            assertThat(record.get("Predictions").asDouble()).isEqualTo(1.0);
            assertThat(record.get("PredictionLatency").asDouble()).isPositive();
        }

        @Test
        void coldStartMetricIsEmittedOncePerEnvironment() {
            ApiHandler handler = Fixtures.handler();

            CapturedOutput out = CapturedOutput.during(() -> {
                for (int i = 0; i < 3; i++) {
                    call(handler, Events.postJson("/predict", json(TEXT)));
                }
            });

            assertThat(out.metrics()).hasSize(3);
            assertThat(out.metrics()).filteredOn(m -> m.has("ColdStart")).hasSize(1);
        }

        @Test
        void serviceDimensionComesFromPowertoolsServiceName() {
            ApiHandler handler = Fixtures.handler(Map.of("POWERTOOLS_SERVICE_NAME", "reviews-api",
                    "POWERTOOLS_METRICS_NAMESPACE", "SentioStaging"));

            CapturedOutput out = CapturedOutput.during(() -> call(handler, Events.postJson("/predict", json(TEXT))));

            assertThat(out.metrics().get(0).get("Service").asText()).isEqualTo("reviews-api");
            assertThat(out.metrics().get(0).get("_aws").get("CloudWatchMetrics").get(0).get("Namespace").asText())
                    .isEqualTo("SentioStaging");
            assertThat(out.logs().get(0).get("service").asText()).isEqualTo("reviews-api");
        }

        @Test
        void batchCountsEveryTextAndEveryLowConfidenceOne() {
            ApiHandler everythingIsLow = Fixtures.handler(Map.of("LOW_CONFIDENCE_THRESHOLD", "1"));
            ApiHandler nothingIsLow = Fixtures.handler(Map.of("LOW_CONFIDENCE_THRESHOLD", "0"));
            String batch = "{\"texts\":[\"love it\",\"hate it\",\"meh\"]}";

            JsonNode low = CapturedOutput.during(() -> call(everythingIsLow, Events.postJson("/predict", batch)))
                    .metrics().get(0);
            JsonNode none = CapturedOutput.during(() -> call(nothingIsLow, Events.postJson("/predict", batch)))
                    .metrics().get(0);

            assertThat(low.get("Predictions").asDouble()).isEqualTo(3.0);
            assertThat(low.get("LowConfidence").asDouble()).isEqualTo(3.0);
            assertThat(none.get("LowConfidence").asDouble()).isEqualTo(0.0);
        }

        @Test
        void refusedRequestCountsAsInvalidAndNotAsPrediction() {
            ApiHandler handler = Fixtures.handler();
            call(handler, Events.get("/health"));

            CapturedOutput out = CapturedOutput.during(() -> {
                call(handler, Events.postJson("/predict", "{\"text\":\"\"}"));
                call(handler, Events.get("/nowhere"));
            });

            assertThat(out.metrics()).hasSize(2).allSatisfy(m -> {
                assertThat(names(m.get("_aws").get("CloudWatchMetrics").get(0))).containsExactly("InvalidRequests");
                assertThat(m.get("InvalidRequests").asDouble()).isEqualTo(1.0);
            });
        }

        @Test
        void healthAndModelEmitNothingAfterTheColdStart() {
            ApiHandler handler = Fixtures.handler();
            call(handler, Events.get("/health"));

            CapturedOutput out = CapturedOutput.during(() -> {
                call(handler, Events.get("/health"));
                call(handler, Events.get("/model"));
            });

            assertThat(out.metrics()).isEmpty();
        }
    }

    @Nested
    class ReviewSamples {
        @Test
        void rateOneWritesEveryPredictionWithTextLabelAndProbabilities() {
            ApiHandler handler = Fixtures.handler(Map.of("REVIEW_SAMPLE_RATE", "1"));

            CapturedOutput out = CapturedOutput.during(() -> call(handler, Events.postJson("/predict", json(TEXT))));

            List<JsonNode> reviews = out.logs().stream().filter(l -> l.has("review")).toList();
            assertThat(reviews).hasSize(1);
            JsonNode review = reviews.get(0);
            assertThat(review.get("text").asText()).isEqualTo(TEXT);
            assertThat(review.get("label").asText()).isIn("positive", "neutral", "negative");
            assertThat(review.get("probabilities")).hasSize(3);
            assertThat(review.get("lowConfidence").isBoolean()).isTrue();
            assertThat(review.get("requestId").asText()).isEqualTo(Events.REQUEST_ID);
        }

        @Test
        void rateZeroWritesNone() {
            ApiHandler handler = Fixtures.handler(Map.of("REVIEW_SAMPLE_RATE", "0"));

            CapturedOutput out = CapturedOutput.during(() -> {
                for (int i = 0; i < 20; i++) {
                    call(handler, Events.postJson("/predict", json(TEXT)));
                }
            });

            assertThat(out.text()).doesNotContain(SECRET);
        }

        @Test
        void lowConfidencePredictionsCanBeSampledAtTheirOwnRate() {
            ApiHandler lowOnly = Fixtures.handler(Map.of("REVIEW_SAMPLE_RATE", "0",
                    "REVIEW_LOW_CONFIDENCE_SAMPLE_RATE", "1", "LOW_CONFIDENCE_THRESHOLD", "1"));
            ApiHandler confident = Fixtures.handler(Map.of("REVIEW_SAMPLE_RATE", "0",
                    "REVIEW_LOW_CONFIDENCE_SAMPLE_RATE", "1", "LOW_CONFIDENCE_THRESHOLD", "0"));

            String low = CapturedOutput.during(() -> call(lowOnly, Events.postJson("/predict", json(TEXT)))).text();
            String high = CapturedOutput.during(() -> call(confident, Events.postJson("/predict", json(TEXT)))).text();

            assertThat(low).contains(SECRET).contains("\"lowConfidence\":true");
            assertThat(high).doesNotContain(SECRET);
        }

        @Test
        void aShareOfPredictionsIsSampled() {
            ApiHandler handler = Fixtures.handler(Map.of("REVIEW_SAMPLE_RATE", "0.5"));

            CapturedOutput out = CapturedOutput.during(() -> {
                for (int i = 0; i < 200; i++) {
                    call(handler, Events.postJson("/predict", json(TEXT)));
                }
            });

            long sampled = out.logs().stream().filter(l -> l.has("review")).count();
            assertThat(sampled).isBetween(50L, 150L);
        }
    }

    private static String json(String text) {
        return "{\"text\":\"" + text + "\"}";
    }

    private static List<String> names(JsonNode directive) {
        List<String> names = new ArrayList<>();
        directive.get("Metrics").forEach(m -> names.add(m.get("Name").asText()));
        return names;
    }

    private static String unit(JsonNode directive, String name) {
        for (JsonNode metric : directive.get("Metrics")) {
            if (metric.get("Name").asText().equals(name)) {
                return metric.get("Unit").asText();
            }
        }
        return null;
    }
}
