package io.sentio.function.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class V2EventsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    @Test
    void buildsTheEventApiGatewaySendsForADefaultStageRequest() {
        APIGatewayV2HTTPEvent event = V2Events.request("POST", "/predict", "text=a%2Cb",
                Map.of("host", "api.example", "user-agent", "curl/8"), "{}", false, "req-1", "10.0.0.1", NOW);

        assertThat(event.getVersion()).isEqualTo("2.0");
        assertThat(event.getRouteKey()).isEqualTo("$default");
        assertThat(event.getRawQueryString()).isEqualTo("text=a%2Cb");
        assertThat(event.getQueryStringParameters()).containsEntry("text", "a,b");
        var context = event.getRequestContext();
        assertThat(context.getStage()).isEqualTo("$default");
        assertThat(context.getRequestId()).isEqualTo("req-1");
        assertThat(context.getDomainName()).isEqualTo("api.example");
        assertThat(context.getTime()).isEqualTo("23/Nov/2026:10:15:30 +0000");
        assertThat(context.getTimeEpoch()).isEqualTo(NOW.toEpochMilli());
        assertThat(context.getHttp().getMethod()).isEqualTo("POST");
        assertThat(context.getHttp().getSourceIp()).isEqualTo("10.0.0.1");
        assertThat(context.getHttp().getUserAgent()).isEqualTo("curl/8");
    }

    @Test
    void withoutAQueryTheRawQueryIsEmptyAndThereAreNoParameters() {
        APIGatewayV2HTTPEvent event = V2Events.request("GET", "/health", null, Map.of(), null, false, "r", "::1", NOW);

        assertThat(event.getRawQueryString()).isEmpty();
        assertThat(event.getQueryStringParameters()).isNull();
        assertThat(event.getRequestContext().getDomainName()).isEqualTo("localhost");
    }

    @Test
    void roundTripsThroughTheAdapterToTheSameRequest() {
        APIGatewayV2HTTPEvent event = V2Events.request("GET", "/predict", "text=hi", Map.of(), null, false, "r", "::1",
                NOW);

        HttpRequest request = EventAdapter.toRequest(event, "other");
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/predict");
        assertThat(request.query()).containsEntry("text", "hi");
        assertThat(request.requestId()).isEqualTo("r");
    }
}
