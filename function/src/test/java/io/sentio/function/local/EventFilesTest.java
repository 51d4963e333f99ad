package io.sentio.function.local;

import static io.sentio.function.testing.Fixtures.body;
import static io.sentio.function.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.function.ApiHandler;
import io.sentio.function.testing.Events;
import io.sentio.function.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample event in {@code events/} goes through the handler and gets the answer it documents. */
class EventFilesTest {
    static final Path EVENTS = Path.of("..", "events");

    /** file → expected status and, for errors, the error code. */
    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            Map.entry("predict.json", new Expected(200, null)),
            Map.entry("predict-batch.json", new Expected(200, null)),
            Map.entry("predict-get.json", new Expected(200, null)),
            Map.entry("predict-base64.json", new Expected(200, null)),
            Map.entry("predict-stage.json", new Expected(200, null)),
            Map.entry("health.json", new Expected(200, null)),
            Map.entry("model.json", new Expected(200, null)),
            Map.entry("bad-invalid-json.json", new Expected(400, "invalid_json")),
            Map.entry("bad-empty-text.json", new Expected(400, "empty_text")),
            Map.entry("bad-missing-text.json", new Expected(400, "missing_text")),
            Map.entry("bad-wrong-type.json", new Expected(400, "invalid_request")),
            Map.entry("bad-base64.json", new Expected(400, "invalid_encoding")),
            Map.entry("bad-oversized-text.json", new Expected(413, "text_too_large")),
            Map.entry("bad-oversized-batch.json", new Expected(413, "batch_too_large")),
            Map.entry("bad-unknown-route.json", new Expected(404, "not_found")),
            Map.entry("bad-wrong-method.json", new Expected(405, "method_not_allowed")),
            Map.entry("bad-content-type.json", new Expected(415, "unsupported_media_type")));

    private static final ApiHandler HANDLER = Fixtures.handler();

    record Expected(int status, String errorCode) {
    }

    static Stream<Arguments> eventFiles() throws IOException {
        try (Stream<Path> files = Files.list(EVENTS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> Arguments.of(f.getFileName().toString())).toList().stream();
        }
    }

    @Test
    void everyEventFileHasAnExpectationAndEveryExpectationAFile() throws IOException {
        assertThat(eventFiles().map(a -> (String) a.get()[0])).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventFiles")
    void eventGetsItsDocumentedAnswer(String file) throws IOException {
        APIGatewayV2HTTPEvent event = EventFiles.read(EVENTS.resolve(file));
        Expected expected = EXPECTED.get(file);

        APIGatewayV2HTTPResponse response = call(HANDLER, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected.status());
        JsonNode body = body(response);
        if (expected.errorCode() != null) {
            assertThat(body.get("error").get("code").asText()).isEqualTo(expected.errorCode());
            assertThat(body.get("error").get("requestId").asText()).isEqualTo(event.getRequestContext().getRequestId());
        } else {
            assertThat(body.has("error")).isFalse();
        }
    }

    @Test
    void eventFilesReadAsTheFullPayload20Shape() throws IOException {
        APIGatewayV2HTTPEvent event = EventFiles.read(EVENTS.resolve("predict-get.json"));

        assertThat(event.getVersion()).isEqualTo("2.0");
        assertThat(event.getRequestContext().getHttp().getMethod()).isEqualTo("GET");
        assertThat(event.getQueryStringParameters()).containsKey("text");
        assertThat(event.getRequestContext().getTimeEpoch()).isPositive();
        assertThat(EventFiles.read(EVENTS.resolve("predict-base64.json")).getIsBase64Encoded()).isTrue();
    }

    @Test
    void responsesAreWrittenInTheShapeLambdaReturns() {
        JsonNode written = Fixtures.json(EventFiles.write(call(HANDLER, Events.get("/health"))));

        assertThat(written.get("statusCode").asInt()).isEqualTo(200);
        assertThat(written.get("isBase64Encoded").asBoolean()).isFalse();
        assertThat(written.get("headers").get("Content-Type").asText()).startsWith("application/json");
        assertThat(Fixtures.json(written.get("body").asText()).get("status").asText()).isEqualTo("ok");
    }
}
