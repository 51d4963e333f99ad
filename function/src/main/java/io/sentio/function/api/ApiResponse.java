package io.sentio.function.api;

import java.util.Map;

/**
 * What goes back to API Gateway: a status, a JSON body, and any extra headers (e.g. {@code Allow}).
 */
public record ApiResponse(int status, String body, Map<String, String> extraHeaders) {
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    public ApiResponse {
        extraHeaders = Map.copyOf(extraHeaders);
    }

    public ApiResponse(int status, String body) {
        this(status, body, Map.of());
    }
}
