package io.sentio.function;

import static io.sentio.function.testing.Fixtures.body;
import static io.sentio.function.testing.Fixtures.call;
import static io.sentio.function.testing.Fixtures.handler;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.model.LoadedModel;
import io.sentio.core.testing.TestBundles;
import io.sentio.function.lifecycle.FunctionConfig;
import io.sentio.function.lifecycle.FunctionRuntime;
import io.sentio.function.testing.Events;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code "explain": true}: the terms behind a label, with spans into the text as submitted. */
class ExplainApiTest {
    private static final String REVIEW = "I <b>love</b> this dress!  Terrible   seams &amp; cheap fabric.";

    @Test
    void anExplainedPredictionCarriesTheTermsOfItsLabelWithSpansIntoTheSubmittedText() {
        JsonNode body = body(call(handler(), Events.postJson("/predict",
                "{\"text\":\"" + REVIEW.replace("\"", "\\\"") + "\",\"explain\":true}")));

        JsonNode explanation = body.get("explanation");
        assertThat(explanation.get("label").asText()).isEqualTo(body.get("label").asText());
        assertThat(explanation.get("method").asText()).isEqualTo("linear");
        assertThat(explanation.has("compared_with")).isTrue();
        double sum = explanation.get("bias").asDouble() + explanation.get("other_terms_weight").asDouble();
        for (JsonNode term : explanation.get("terms")) {
            sum += term.get("weight").asDouble();
            for (JsonNode span : term.get("spans")) {
                String submitted = REVIEW.substring(span.get(0).asInt(), span.get(1).asInt())
                        .toLowerCase(java.util.Locale.ROOT);
                String[] words = term.get("term").asText().split(" ");
                // An n-gram's span runs from its first word to its last, over whatever lies between.
                assertThat(submitted).as(term.toString())
                        .startsWith(words[0]).endsWith(words[words.length - 1]);
                if (words.length == 1) {
                    assertThat(submitted).isEqualTo(words[0]);
                }
            }
        }
        assertThat(sum).isCloseTo(explanation.get("score").asDouble(), within(1e-9));
        assertThat(explanation.get("terms").size()).isLessThanOrEqualTo(10);
        assertThat(body.get("sentences")).allSatisfy(sentence -> assertThat(sentence.has("explanation")).isTrue());
    }

    @Test
    void termsAreLargestFirstAndAsManyAsAsked() {
        JsonNode explanation = body(call(handler(), Events.postJson("/predict",
                "{\"text\":\"" + REVIEW + "\",\"explain\":true,\"explain_terms\":2}"))).get("explanation");

        assertThat(explanation.get("terms").size()).isEqualTo(2);
        assertThat(Math.abs(explanation.get("terms").get(0).get("weight").asDouble()))
                .isGreaterThanOrEqualTo(Math.abs(explanation.get("terms").get(1).get("weight").asDouble()));
    }

    @Test
    void getExplainsToo() {
        JsonNode body = body(call(handler(), Events.get("/predict",
                "text=love+it%2C+love+it&explain=true&explain_label=negative")));

        assertThat(body.get("explanation").get("label").asText()).isEqualTo("negative");
        JsonNode love = body.get("explanation").get("terms").get(0);
        assertThat(body.get("explanation").get("terms").findValuesAsText("term")).contains("love", "love it");
        assertThat(love.get("spans").size()).isPositive();
    }

    @Test
    void withoutExplainTheResponseHasNoExplanation() {
        JsonNode body = body(call(handler(), Events.postJson("/predict", "{\"text\":\"love it\"}")));

        assertThat(body.has("explanation")).isFalse();
        assertThat(body.get("sentences").get(0).has("explanation")).isFalse();
    }

    @Test
    void aBatchExplainsEachText() {
        JsonNode body = body(call(handler(), Events.postJson("/predict",
                "{\"texts\":[\"love it\",\"cheap and awful\"],\"explain\":true}")));

        assertThat(body.get("predictions")).hasSize(2).allSatisfy(p -> assertThat(
                p.get("explanation").get("label").asText()).isEqualTo(p.get("label").asText()));
    }

    @Test
    void aMultiLabelModelExplainsALabelWithoutRival() {
        Map<String, String> env = new HashMap<>();
        env.put("MODEL_URI", "test-genres");
        LoadedModel genres = TestBundles.genres().open();
        ApiHandler handler = new ApiHandler(FunctionRuntime.of(FunctionConfig.fromEnvironment(env), genres));

        JsonNode body = body(call(handler, Events.postJson("/predict",
                "{\"text\":\"A wizard and a dragon on a magic quest.\",\"explain\":true,\"explain_label\":\"Comedy\"}")));

        JsonNode explanation = body.get("explanation");
        assertThat(explanation.get("label").asText()).isEqualTo("Comedy");
        assertThat(explanation.has("compared_with")).isFalse();
        double p = body.get("probabilities").get("Comedy").asDouble();
        assertThat(explanation.get("score").asDouble()).isCloseTo(Math.log(p / (1 - p)), within(1e-9));
    }

    @Test
    void aFactorisationMachineNamesItsMethod() {
        Map<String, String> env = new HashMap<>();
        env.put("MODEL_URI", "test-fm");
        var fm = TestBundles.sentiment("test-fm", io.sentio.core.features.FeatureConfig.defaults().withMinCount(1),
                new org.tribuo.classification.sgd.fm.FMClassificationTrainer(
                        new org.tribuo.classification.sgd.objectives.LogMulticlass(),
                        new org.tribuo.math.optimisers.AdaGrad(0.5, 0.1), 30, -1, 1, 42L, 4, 0.1));
        ApiHandler handler = new ApiHandler(FunctionRuntime.of(FunctionConfig.fromEnvironment(env), fm.open()));

        JsonNode explanation = body(call(handler, Events.postJson("/predict",
                "{\"text\":\"Love it, perfect fit. Cheap fabric though.\",\"explain\":true}"))).get("explanation");

        assertThat(explanation.get("method").asText()).isEqualTo("leave-one-term-out");
        assertThat(explanation.get("terms").size()).isPositive();
        assertThat(explanation.get("terms").get(0).get("spans").size()).isPositive();
    }

    @Test
    void badExplainSettingsAreRefusedWithTheApisError() {
        assertError(Events.postJson("/predict", "{\"text\":\"ok\",\"explain\":\"yes\"}"), 400, "invalid_request",
                "'explain' must be a boolean, not a string");
        assertError(Events.postJson("/predict", "{\"text\":\"ok\",\"explain\":1}"), 400, "invalid_request",
                "'explain' must be a boolean");
        assertError(Events.get("/predict", "text=ok&explain=yes"), 400, "invalid_request",
                "'explain' must be true or false");
        assertError(Events.postJson("/predict", "{\"text\":\"ok\",\"explain\":true,\"explain_label\":\"sarcastic\"}"),
                400, "unknown_label", "'sarcastic' is not a label of the model");
        assertError(Events.get("/predict", "text=ok&explain=true&explain_label=sarcastic"), 400, "unknown_label",
                "negative, neutral, positive");
        assertError(Events.postJson("/predict", "{\"text\":\"ok\",\"explain_label\":\"positive\"}"), 400,
                "invalid_request", "'explain_label' needs 'explain' true");
        assertError(Events.postJson("/predict", "{\"text\":\"ok\",\"explain\":true,\"explain_terms\":0}"), 400,
                "invalid_request", "from 1 to 100");
        assertError(Events.postJson("/predict", "{\"text\":\"ok\",\"explain\":true,\"explain_terms\":101}"), 400,
                "invalid_request", "from 1 to 100");
        assertError(Events.postJson("/predict", "{\"text\":\"ok\",\"explain\":true,\"explain_terms\":2.5}"), 400,
                "invalid_request", "from 1 to 100");
        assertError(Events.postJson("/predict", "{\"text\":\"ok\",\"explain\":true,\"explain_label\":3}"), 400,
                "invalid_request", "'explain_label' must be a string");
    }

    @Test
    void aDeploymentCanForbidExplanations() {
        ApiHandler forbidding = handler(Map.of("EXPLAIN_ENABLED", "false"));

        APIGatewayV2HTTPResponse response = call(forbidding, Events.postJson("/predict",
                "{\"text\":\"ok\",\"explain\":true}"));
        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(body(response).get("error").get("code").asText()).isEqualTo("explain_forbidden");
        assertThat(call(forbidding, Events.postJson("/predict", "{\"text\":\"ok\",\"explain\":false}"))
                .getStatusCode()).isEqualTo(200);
    }

    private static void assertError(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent event,
            int status, String code, String message) {
        APIGatewayV2HTTPResponse response = call(handler(), event);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        JsonNode error = body(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).contains(message);
    }
}
