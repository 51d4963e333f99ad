package io.sentio.function;

import static io.sentio.function.testing.Fixtures.body;
import static io.sentio.function.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.function.testing.Events;
import io.sentio.function.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApiHandlerTest {
    private static final String REVIEW = "I love this dress, it fits perfectly. The colour is a bit off though.";
    private final ApiHandler handler = Fixtures.handler();

    @Nested
    class Predict {
        @Test
        void postOfOneTextAnswersLabelProbabilitiesSentencesAndModel() {
            APIGatewayV2HTTPResponse response = call(handler, Events.postJson("/predict", "{\"text\":\"" + REVIEW + "\"}"));

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
            JsonNode body = body(response);
            assertThat(body.get("label").asText()).isIn("positive", "neutral", "negative");
            assertThat(fieldNames(body.get("probabilities"))).containsExactlyInAnyOrder("positive", "neutral", "negative");
            assertThat(sum(body.get("probabilities"))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(body.get("sentences")).hasSize(2);
            assertThat(body.get("sentences").get(0).get("text").asText()).isEqualTo("I love this dress, it fits perfectly.");
            assertThat(body.get("sentences").get(0).has("label")).isTrue();
            assertThat(body.get("model").get("name").asText()).isEqualTo("test-reviews");
            assertThat(body.get("model").get("version").asText()).isEqualTo("unpublished");
        }

        @Test
        void overallLabelComesFromTheWholeTextAndMatchesTheClassifier() {
            JsonNode body = body(call(handler, Events.postJson("/predict", "{\"text\":\"" + REVIEW + "\"}")));

            var expected = Fixtures.runtime().classifier().predictWithSentences(REVIEW);
            assertThat(body.get("label").asText()).isEqualTo(expected.overall().label());
            assertThat(body.get("probabilities").get(expected.overall().label()).asDouble())
                    .isEqualTo(expected.overall().confidence());
        }

        @Test
        void probabilitiesAreMostProbableFirst() {
            JsonNode probabilities = body(call(handler, Events.postJson("/predict", "{\"text\":\"" + REVIEW + "\"}")))
                    .get("probabilities");

            List<Double> values = new ArrayList<>();
            probabilities.forEach(v -> values.add(v.asDouble()));
            assertThat(values).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            assertThat(fieldNames(probabilities).get(0)).isEqualTo(body(call(handler,
                    Events.postJson("/predict", "{\"text\":\"" + REVIEW + "\"}"))).get("label").asText());
        }

        @Test
        void batchAnswersOnePredictionPerTextInOrder() {
            APIGatewayV2HTTPResponse response = call(handler, Events.postJson("/predict",
                    "{\"texts\":[\"Terrible quality, ripped after one wash.\",\"Love it, perfect fit!\"]}"));

            assertThat(response.getStatusCode()).isEqualTo(200);
            JsonNode predictions = body(response).get("predictions");
            assertThat(predictions).hasSize(2);
            assertThat(predictions.get(0).get("label").asText()).isEqualTo("negative");
            assertThat(predictions.get(1).get("label").asText()).isEqualTo("positive");
            assertThat(predictions.get(1).get("sentences")).isNotEmpty();
        }

        @Test
        void getWithTextQueryAnswersLikeThePost() {
            APIGatewayV2HTTPResponse get = call(handler, Events.get("/predict", "text=Love+it%2C+perfect+fit%21"));
            APIGatewayV2HTTPResponse post = call(handler, Events.postJson("/predict", "{\"text\":\"Love it, perfect fit!\"}"));

            assertThat(get.getStatusCode()).isEqualTo(200);
            assertThat(body(get)).isEqualTo(body(post));
        }

        @Test
        void base64EncodedBodyIsDecoded() {
            String json = "{\"text\":\"Love it, perfect fit!\"}";
            APIGatewayV2HTTPResponse response = call(handler, Events.request("POST", "/predict", null,
                    Map.of("content-type", "application/json"),
                    Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)), true));

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(body(response)).isEqualTo(body(call(handler, Events.postJson("/predict", json))));
        }

        @Test
        void contentTypeWithUtf8CharsetAndUnknownFieldsAreAccepted() {
            APIGatewayV2HTTPResponse response = call(handler, Events.request("POST", "/predict", null,
                    Map.of("Content-Type", "application/json; charset=UTF-8"),
                    "{\"client\":{\"id\":[1,2]},\"text\":\"Nice top\"}", false));

            assertThat(response.getStatusCode()).isEqualTo(200);
        }

        @Test
        void namedStagePrefixAndTrailingSlashStillRouteToPredict() {
            var event = Events.postJson("/prod/predict/", "{\"text\":\"Nice top\"}");
            event.getRequestContext().setStage("prod");

            assertThat(call(handler, event).getStatusCode()).isEqualTo(200);
        }

        @Test
        void topNLimitsEveryProbabilityMapToTheMostProbableLabels() {
            ApiHandler topOne = Fixtures.handler(Map.of("RETURN_TOP_N", "1"));

            JsonNode body = body(call(topOne, Events.postJson("/predict", "{\"text\":\"" + REVIEW + "\"}")));

            assertThat(fieldNames(body.get("probabilities"))).containsExactly(body.get("label").asText());
            body.get("sentences").forEach(s -> assertThat(s.get("probabilities")).hasSize(1));
        }
    }

    @Nested
    class HealthAndModel {
        @Test
        void healthReportsStatusAndModelIdentity() {
            APIGatewayV2HTTPResponse response = call(handler, Events.get("/health"));

            assertThat(response.getStatusCode()).isEqualTo(200);
            JsonNode body = body(response);
            assertThat(body.get("status").asText()).isEqualTo("ok");
            assertThat(body.get("model").get("name").asText()).isEqualTo("test-reviews");
            assertThat(body.get("model").get("version").asText()).isEqualTo("unpublished");
            assertThat(body.get("model").get("sha256").asText()).isEqualTo(Fixtures.bundle().manifest().modelSha256());
        }

        @Test
        void modelAnswersTheManifestInItsCanonicalSnakeCaseForm() {
            JsonNode manifest = body(call(handler, Events.get("/model")));

            assertThat(manifest.get("name").asText()).isEqualTo("test-reviews");
            assertThat(manifest.get("version").asText()).isEqualTo("unpublished");
            assertThat(manifest.get("created_at").asText()).isEqualTo("2026-11-23T00:00:00Z");
            assertThat(manifest.get("labels")).hasSize(3);
            assertThat(manifest.get("metrics").get("accuracy").asDouble()).isEqualTo(1.0);
            assertThat(manifest.get("data").get("sha256").asText()).hasSize(64);
            assertThat(manifest.get("model_sha256").asText()).isEqualTo(Fixtures.bundle().manifest().modelSha256());
        }
    }

    @Nested
    class Errors {
        @Test
        void invalidJsonIs400WithLocationButNotTheBody() {
            APIGatewayV2HTTPResponse response = call(handler, Events.postJson("/predict", "{\"text\": \"secret words"));

            assertError(response, 400, "invalid_json");
            assertThat(response.getBody()).doesNotContain("secret");
        }

        @Test
        void missingTextIs400() {
            assertError(call(handler, Events.postJson("/predict", "{\"review\":\"x\"}")), 400, "missing_text");
            assertError(call(handler, Events.get("/predict")), 400, "missing_text");
            assertError(call(handler, Events.postJson("/predict", "")), 400, "missing_text");
        }

        @Test
        void emptyOrBlankTextIs400() {
            assertError(call(handler, Events.postJson("/predict", "{\"text\":\"\"}")), 400, "empty_text");
            assertError(call(handler, Events.postJson("/predict", "{\"text\":\" \\n\\t \"}")), 400, "empty_text");
            assertError(call(handler, Events.postJson("/predict", "{\"texts\":[]}")), 400, "empty_text");
            assertError(call(handler, Events.postJson("/predict", "{\"texts\":[\"ok\",\"\"]}")), 400, "empty_text");
            assertError(call(handler, Events.get("/predict", "text=")), 400, "empty_text");
        }

        @Test
        void wrongTypesAre400() {
            for (String body : List.of("{\"text\":42}", "{\"text\":null}", "{\"text\":[\"a\"]}", "{\"texts\":\"a\"}",
                    "{\"texts\":[\"a\",7]}", "[\"a\"]", "\"a\"", "42", "null", "{\"text\":\"a\",\"texts\":[\"b\"]}",
                    "{\"text\":\"a\",\"text\":\"b\"}")) {
                assertError(call(handler, Events.postJson("/predict", body)), 400, "invalid_request");
            }
        }

        @Test
        void contentAfterTheObjectIsInvalidJson() {
            assertError(call(handler, Events.postJson("/predict", "{\"text\":\"a\"} {}")), 400, "invalid_json");
        }

        @Test
        void tooLongTextTooBigBatchAndTooLargeBodyAre413() {
            ApiHandler small = Fixtures.handler(Map.of("MAX_TEXT_CHARS", "10", "MAX_BATCH_SIZE", "2",
                    "MAX_BODY_BYTES", "100"));

            assertError(call(small, Events.postJson("/predict", "{\"text\":\"eleven chars\"}")), 413, "text_too_large");
            assertError(call(small, Events.get("/predict", "text=eleven+chars")), 413, "text_too_large");
            assertError(call(small, Events.postJson("/predict", "{\"texts\":[\"a\",\"b\",\"c\"]}")), 413, "batch_too_large");
            assertError(call(small, Events.postJson("/predict", "{\"text\":\"a\",\"pad\":\"" + "x".repeat(100) + "\"}")),
                    413, "body_too_large");
            assertError(call(small, Events.request("POST", "/predict", null, Map.of("content-type", "application/json"),
                    Base64.getEncoder().encodeToString(("{\"text\":\"a\",\"pad\":\"" + "x".repeat(100) + "\"}")
                            .getBytes(StandardCharsets.UTF_8)), true)), 413, "body_too_large");
        }

        @Test
        void defaultLimitsAre5000Chars64TextsAndOneMebibyte() {
            assertError(call(handler, Events.postJson("/predict", "{\"text\":\"" + "a".repeat(5001) + "\"}")),
                    413, "text_too_large");
            assertThat(call(handler, Events.postJson("/predict", "{\"text\":\"" + "a ".repeat(2500) + "\"}"))
                    .getStatusCode()).isEqualTo(200);
            assertError(call(handler, Events.postJson("/predict", "{\"texts\":[" + "\"a\",".repeat(64) + "\"a\"]}")),
                    413, "batch_too_large");
            assertError(call(handler, Events.postJson("/predict", "{\"pad\":\"" + "x".repeat(1_048_576) + "\"}")),
                    413, "body_too_large");
        }

        @Test
        void unknownRouteIs404() {
            assertError(call(handler, Events.get("/predictions")), 404, "not_found");
            assertError(call(handler, Events.get("/")), 404, "not_found");
        }

        @Test
        void wrongMethodIs405WithAllowHeader() {
            APIGatewayV2HTTPResponse delete = call(handler, Events.request("DELETE", "/predict", null, Map.of(), null, false));
            APIGatewayV2HTTPResponse postHealth = call(handler, Events.postJson("/health", "{}"));

            assertError(delete, 405, "method_not_allowed");
            assertThat(delete.getHeaders()).containsEntry("Allow", "GET, POST");
            assertError(postHealth, 405, "method_not_allowed");
            assertThat(postHealth.getHeaders()).containsEntry("Allow", "GET");
            assertError(call(handler, Events.request("PUT", "/model", null, Map.of(), null, false)), 405,
                    "method_not_allowed");
        }

        @Test
        void nonJsonContentTypeIs415() {
            for (String type : List.of(";", "; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "application/xml",
                    "application/json; charset=iso-8859-1", "multipart/form-data; boundary=x")) {
                assertError(call(handler, Events.request("POST", "/predict", null, Map.of("content-type", type),
                        "{\"text\":\"a\"}", false)), 415, "unsupported_media_type");
            }
        }

        @Test
        void bodyMarkedBase64ThatIsNotIs400() {
            assertError(call(handler, Events.request("POST", "/predict", null, Map.of("content-type", "application/json"),
                    "not base64 at all!", true)), 400, "invalid_encoding");
        }

        @Test
        void invalidUtf8InABase64BodyIs400() {
            byte[] bytes = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            assertError(call(handler, Events.request("POST", "/predict", null, Map.of("content-type", "application/json"),
                    Base64.getEncoder().encodeToString(bytes), true)), 400, "invalid_json");
        }

        @Test
        void eventWithoutRequestContextIs400AndNullEventToo() {
            var event = Events.get("/health");
            event.setRequestContext(null);

            assertError(call(handler, event), 400, "invalid_request");
            assertError(call(handler, null), 400, "invalid_request");
        }

        @Test
        void errorCarriesApiGatewayRequestIdOrElseTheLambdaOne() {
            JsonNode error = body(call(handler, Events.get("/nope"))).get("error");
            assertThat(error.get("requestId").asText()).isEqualTo(Events.REQUEST_ID);

            var event = Events.get("/nope");
            event.getRequestContext().setRequestId(null);
            assertThat(body(call(handler, event)).get("error").get("requestId").asText()).isEqualTo("lambda-request-id");
        }
    }

    static void assertError(APIGatewayV2HTTPResponse response, int status, String code) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        JsonNode error = body(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("requestId")).isNotNull();
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static double sum(JsonNode node) {
        double sum = 0;
        for (JsonNode value : node) {
            sum += value.asDouble();
        }
        return sum;
    }
}
