package io.sentio.function.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.model.Prediction;
import io.sentio.core.model.SentencePrediction;
import io.sentio.core.model.TextPrediction;
import io.sentio.function.testing.Fixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseRendererTest {

    @Test
    void aBodyLargerThanJacksonsBufferIsWrittenWhole() {
        ResponseRenderer renderer = new ResponseRenderer(Fixtures.model().manifest(), 0);
        List<TextPrediction> predictions = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            List<SentencePrediction> sentences = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                sentences.add(new SentencePrediction("sentence " + i + "." + s + " \"quoted\" \\ é中 "
                        + "x".repeat(100 + s), prediction(i)));
            }
            predictions.add(new TextPrediction(prediction(i), sentences));
        }

        String body = renderer.batch(predictions).body();

        assertThat(body.length()).isGreaterThan(50_000);
        JsonNode json = Fixtures.json(body);
        assertThat(json.get("predictions")).hasSize(64);
        for (int i = 0; i < 64; i++) {
            JsonNode p = json.get("predictions").get(i);
            assertThat(p.get("label").asText()).isEqualTo(i % 2 == 0 ? "positive" : "negative");
            assertThat(p.get("probabilities").toString()).isEqualTo(i % 2 == 0
                    ? "{\"positive\":0.75,\"negative\":0.25}" : "{\"negative\":0.75,\"positive\":0.25}");
            assertThat(p.get("sentences").get(3).get("text").asText())
                    .isEqualTo("sentence " + i + ".3 \"quoted\" \\ é中 " + "x".repeat(103));
        }
        assertThat(json.get("model").get("name").asText()).isEqualTo(Fixtures.model().manifest().name());
    }

    @Test
    void topNKeepsTheMostProbableLabelsInOrder() {
        ResponseRenderer renderer = new ResponseRenderer(Fixtures.model().manifest(), 1);

        String body = renderer.single(new TextPrediction(prediction(1), List.of())).body();

        assertThat(Fixtures.json(body).get("probabilities").toString()).isEqualTo("{\"negative\":0.75}");
    }

    private static Prediction prediction(int i) {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        probabilities.put(i % 2 == 0 ? "positive" : "negative", 0.75);
        probabilities.put(i % 2 == 0 ? "negative" : "positive", 0.25);
        return new Prediction(i % 2 == 0 ? "positive" : "negative", probabilities);
    }
}
