package io.sentio.function.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.sentio.function.testing.Events;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventAdapterTest {
    @Test
    void takesMethodPathQueryBodyAndApiGatewaysRequestId() {
        HttpRequest request = EventAdapter.toRequest(Events.request("post", "/predict", "a=1", Map.of("content-type",
                "application/json"), "{}", false), "lambda-id");

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/predict");
        assertThat(request.query()).containsEntry("a", "1");
        assertThat(request.body()).isEqualTo("{}");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.requestId()).isEqualTo(Events.REQUEST_ID);
    }

    @Test
    void aNamedStageIsCutFromThePathTheDefaultStageIsNot() {
        APIGatewayV2HTTPEvent staged = Events.get("/prod/predict");
        staged.getRequestContext().setStage("prod");
        APIGatewayV2HTTPEvent stageOnly = Events.get("/prod");
        stageOnly.getRequestContext().setStage("prod");

        assertThat(EventAdapter.toRequest(staged, "id").path()).isEqualTo("/predict");
        assertThat(EventAdapter.toRequest(stageOnly, "id").path()).isEqualTo("/");
        assertThat(EventAdapter.toRequest(Events.get("/production/predict"), "id").path())
                .isEqualTo("/production/predict");
    }

    @Test
    void decodesARawQueryWhenTheEventHasNoParametersJoiningRepeatsWithCommas() {
        APIGatewayV2HTTPEvent event = Events.get("/predict");
        event.setRawQueryString("text=a%20b&tag=x&tag=y&flag&bad=%zz");

        assertThat(EventAdapter.toRequest(event, "id").query())
                .isEqualTo(Map.of("text", "a b", "tag", "x,y", "flag", "", "bad", "%zz"));
    }

    @Test
    void anEmptyOrPartialEventBecomesARequestTheApiCanRefuseNeverAnException() {
        HttpRequest none = EventAdapter.toRequest(null, "lambda-id");
        HttpRequest bare = EventAdapter.toRequest(new APIGatewayV2HTTPEvent(), "lambda-id");

        assertThat(none.method()).isEmpty();
        assertThat(none.requestId()).isEqualTo("lambda-id");
        assertThat(bare.path()).isEqualTo("/");
        assertThat(bare.requestId()).isEqualTo("lambda-id");
    }
}
