package io.sentio.function.api;

import static io.sentio.function.testing.Fixtures.body;
import static io.sentio.function.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.sentio.function.ApiHandler;
import io.sentio.function.testing.Events;
import io.sentio.function.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** {@code GET /predict/{text}}, as the genre seed's users typed it, answers like the query form. */
class PredictPathFormTest {
    private final ApiHandler handler = Fixtures.handler();

    @Test
    void answersLikeTheQueryForm() {
        APIGatewayV2HTTPResponse path = call(handler, Events.get("/predict/Cheap%20fabric%2C%20returned%20it."));
        APIGatewayV2HTTPResponse query = call(handler, Events.get("/predict", "text=Cheap%20fabric%2C%20returned%20it."));

        assertThat(path.getStatusCode()).isEqualTo(200);
        assertThat(body(path)).isEqualTo(body(query));
    }

    @Test
    void aBlankTextIsRefusedAsEmpty() {
        APIGatewayV2HTTPResponse response = call(handler, Events.get("/predict/%20%20"));

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).at("/error/code").asText()).isEqualTo("empty_text");
    }

    @Test
    void aTooLongTextIsRefusedAsTooLarge() {
        APIGatewayV2HTTPResponse response = call(handler, Events.get("/predict/" + "a".repeat(5001)));

        assertThat(response.getStatusCode()).isEqualTo(413);
        assertThat(body(response).at("/error/code").asText()).isEqualTo("text_too_large");
    }

    @Test
    void onlyGetIsAllowed() {
        APIGatewayV2HTTPResponse response = call(handler, Events.postJson("/predict/some%20text", "{}"));

        assertThat(response.getStatusCode()).isEqualTo(405);
        assertThat(response.getHeaders()).containsEntry("Allow", "GET");
    }

    @Test
    void deeperPathsAreNotFound() {
        assertThat(call(handler, Events.get("/predict/a/b")).getStatusCode()).isEqualTo(404);
    }
}
