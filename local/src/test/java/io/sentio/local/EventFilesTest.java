package io.sentio.local;

import static io.sentio.function.testing.Fixtures.body;
import static io.sentio.function.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.function.ApiHandler;
import io.sentio.function.testing.Events;
import io.sentio.function.testing.Fixtures;
import io.sentio.function.testing.SampleEvents;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample event in {@code events/} reads as the payload-2.0 shape and gets the answer it documents. */
class EventFilesTest {
    private static final ApiHandler HANDLER = Fixtures.handler();

    static Stream<String> eventFiles() {
        return SampleEvents.files().stream();
    }

    @Test
    void everyEventFileHasAnExpectationAndEveryExpectationAFile() {
        assertThat(SampleEvents.files()).containsExactlyInAnyOrderElementsOf(SampleEvents.documented());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventFiles")
    void eventGetsItsDocumentedAnswer(String file) throws IOException {
        APIGatewayV2HTTPEvent event = EventFiles.read(SampleEvents.path(file));
        SampleEvents.Expected expected = SampleEvents.expected(file);

        APIGatewayV2HTTPResponse response = call(HANDLER, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected.status());
        JsonNode body = body(response);
        if (expected.errorCode().isPresent()) {
            assertThat(body.get("error").get("code").asText()).isEqualTo(expected.errorCode().get());
            assertThat(body.get("error").get("requestId").asText()).isEqualTo(event.getRequestContext().getRequestId());
        } else {
            assertThat(body.has("error")).isFalse();
        }
    }

    @Test
    void eventFilesReadAsTheFullPayload20Shape() throws IOException {
        APIGatewayV2HTTPEvent event = EventFiles.read(SampleEvents.path("predict-get.json"));

        assertThat(event.getVersion()).isEqualTo("2.0");
        assertThat(event.getRequestContext().getHttp().getMethod()).isEqualTo("GET");
        assertThat(event.getQueryStringParameters()).containsKey("text");
        assertThat(event.getRequestContext().getTimeEpoch()).isPositive();
        assertThat(EventFiles.read(SampleEvents.path("predict-base64.json")).getIsBase64Encoded()).isTrue();
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
