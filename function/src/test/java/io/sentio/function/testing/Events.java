package io.sentio.function.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.sentio.function.api.V2Events;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Payload-2.0 events as API Gateway sends them, for tests. */
public final class Events {
    public static final String REQUEST_ID = "api-request-id";
    private static final ObjectMapper FILES = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private Events() {
    }

    /** An event file such as {@code events/predict.json}. */
    public static APIGatewayV2HTTPEvent read(Path file) throws IOException {
        return FILES.readValue(file.toFile(), APIGatewayV2HTTPEvent.class);
    }

    public static APIGatewayV2HTTPEvent get(String path) {
        return request("GET", path, null, Map.of(), null, false);
    }

    public static APIGatewayV2HTTPEvent get(String path, String rawQuery) {
        return request("GET", path, rawQuery, Map.of(), null, false);
    }

    public static APIGatewayV2HTTPEvent postJson(String path, String body) {
        return request("POST", path, null, Map.of("content-type", "application/json"), body, false);
    }

    public static APIGatewayV2HTTPEvent request(String method, String path, String rawQuery,
            Map<String, String> headers, String body, boolean base64) {
        Map<String, String> all = new HashMap<>(headers);
        all.putIfAbsent("user-agent", "test");
        return V2Events.request(method, path, rawQuery, all, body, base64, REQUEST_ID, "127.0.0.1",
                Instant.parse("2026-11-23T00:00:00Z"));
    }
}
