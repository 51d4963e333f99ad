package io.sentio.function.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTest {

    @ParameterizedTest
    @CsvSource({
        "/predict, PREDICT", "/predict/, PREDICT", "/health, HEALTH", "/model/, MODEL",
        "/openapi.json, OPENAPI", "/predict/hello, PREDICT_TEXT", "/predict/hello%20world/, PREDICT_TEXT",
        "/, PAGE"})
    void matchesEveryRoute(String path, Route expected) {
        assertThat(Route.forPath(path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/index.html", "/nowhere", "/predicts", "/predict/a/b", "/predict//", "/health/x", ""})
    void anythingElseIsNoRoute(String path) {
        assertThat(Route.forPath(path)).isNull();
    }

    @Test
    void thePathFormDecodesItsSegmentAsAPath() {
        assertThat(Route.pathText("/predict/A%20movie%20about%20penguins")).contains("A movie about penguins");
        assertThat(Route.pathText("/predict/1+1%3D2")).contains("1+1=2");
        assertThat(Route.pathText("/predict/caf%C3%A9%2Fbar")).contains("café/bar");
    }

    @Test
    void aMalformedEscapeIsKeptAsWritten() {
        assertThat(Route.pathText("/predict/100%25%20cotton%")).contains("100%25%20cotton%");
    }

    @Test
    void otherPathsHaveNoText() {
        assertThat(Route.pathText("/predict")).isEmpty();
        assertThat(Route.pathText("/health")).isEmpty();
    }

    @Test
    void onlyPredictAcceptsPost() {
        assertThat(Route.PREDICT.allows("POST")).isTrue();
        assertThat(Route.PREDICT_TEXT.allows("POST")).isFalse();
        assertThat(Route.PREDICT_TEXT.allowHeader()).isEqualTo("GET");
    }
}
