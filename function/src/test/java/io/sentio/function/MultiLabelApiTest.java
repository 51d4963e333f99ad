package io.sentio.function;

import static io.sentio.function.testing.Fixtures.body;
import static io.sentio.function.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.model.LoadedModel;
import io.sentio.core.testing.TestBundles;
import io.sentio.function.lifecycle.FunctionConfig;
import io.sentio.function.lifecycle.FunctionRuntime;
import io.sentio.function.testing.Events;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API of a multi-label model: a label set and independent per-label probabilities, all routes alike. */
class MultiLabelApiTest {
    private static final LoadedModel GENRES = TestBundles.genres().open();
    private static final String MOVIE = "A young wizard and a dragon set off on a magic quest. They fall in love in Paris.";

    private static ApiHandler handler(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("MODEL_URI", "test-genres");
        return new ApiHandler(FunctionRuntime.of(FunctionConfig.fromEnvironment(all), GENRES));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void predictAnswersALabelSetWithEveryLabelsProbabilityMostProbableFirst() {
        JsonNode body = body(call(handler(Map.of()), Events.postJson("/predict", "{\"text\":\"" + MOVIE + "\"}")));

        assertThat(names(body)).containsExactly("labels", "probabilities", "sentences", "model");
        assertThat(body.get("labels").isArray()).isTrue();
        assertThat(body.get("labels").toString()).contains("Fantasy");
        JsonNode probabilities = body.get("probabilities");
        assertThat(names(probabilities)).containsExactlyInAnyOrder("Action", "Adventure", "Comedy", "Drama",
                "Fantasy", "Romance");
        double previous = 1;
        for (Iterator<JsonNode> it = probabilities.elements(); it.hasNext(); ) {
            double p = it.next().asDouble();
            assertThat(p).isLessThanOrEqualTo(previous);
            previous = p;
        }
        assertThat(body.get("labels").get(0).asText()).isEqualTo(names(probabilities).get(0));
        assertThat(body.get("model").get("name").asText()).isEqualTo("test-genres");
    }

    @Test
    void sentencesBatchAndGetAnswerLabelSetsToo() {
        ApiHandler handler = handler(Map.of());

        JsonNode single = body(call(handler, Events.postJson("/predict", "{\"text\":\"" + MOVIE + "\"}")));
        JsonNode batch = body(call(handler, Events.postJson("/predict",
                "{\"texts\":[\"A soldier fights in the desert.\",\"A funny wedding planner falls in love.\"]}")));
        JsonNode get = body(call(handler, Events.get("/predict", "text=Explosions+and+a+car+chase")));

        assertThat(single.get("sentences")).hasSize(2);
        single.get("sentences").forEach(s -> assertThat(names(s)).containsExactly("text", "labels", "probabilities"));
        assertThat(batch.get("predictions")).hasSize(2);
        batch.get("predictions").forEach(p -> assertThat(p.get("labels").size()).isPositive());
        assertThat(get.get("labels").isArray()).isTrue();
        assertThat(get.has("label")).isFalse();
    }

    @Test
    void returnTopNCutsTheProbabilitiesNotTheLabelSet() {
        JsonNode body = body(call(handler(Map.of("RETURN_TOP_N", "1")),
                Events.postJson("/predict", "{\"text\":\"" + MOVIE + "\"}")));

        assertThat(body.get("probabilities").size()).isEqualTo(1);
        assertThat(body.get("labels").size()).isPositive();
    }

    @Test
    void modelShowsTheTaskAndTheThresholds() {
        JsonNode model = body(call(handler(Map.of()), Events.get("/model")));

        JsonNode decision = model.get("decision");
        assertThat(decision.get("task").asText()).isEqualTo("multi_label");
        assertThat(decision.get("rule").get("kind").asText()).isEqualTo("label_thresholds");
        assertThat(decision.get("rule").get("thresholds").get("Drama").asDouble()).isEqualTo(0.4);
    }
}
