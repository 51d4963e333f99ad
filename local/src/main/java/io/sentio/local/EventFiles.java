package io.sentio.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads API Gateway payload-2.0 event files (the {@code events/} samples, or ones captured from
 * a real API) and writes responses in the shape Lambda returns them.
 */
public final class EventFiles {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private EventFiles() {
    }

    public static APIGatewayV2HTTPEvent read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), APIGatewayV2HTTPEvent.class);
    }

    public static APIGatewayV2HTTPEvent parse(String json) throws IOException {
        return MAPPER.readValue(json, APIGatewayV2HTTPEvent.class);
    }

    public static String write(APIGatewayV2HTTPResponse response) {
        try {
            return MAPPER.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
