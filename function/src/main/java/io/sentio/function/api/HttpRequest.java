package io.sentio.function.api;

import java.util.Map;

/**
 * The parts of an HTTP API request the API looks at, taken from the API Gateway event by
 * {@link EventAdapter}. The body is kept as received; {@link RequestBodies} decodes it.
 *
 * @param method    upper-case HTTP method, "" when the event has none
 * @param path      the route path, without the stage prefix
 * @param headers   as received (API Gateway lower-cases names); look up with {@link #header}
 * @param query     decoded query parameters (repeated names joined by ',', as API Gateway does)
 * @param body      the body as a string, or null
 * @param base64    whether {@code body} is base64 of the real bytes
 * @param requestId API Gateway's request id (what the client sees), or the Lambda request id
 */
public record HttpRequest(String method, String path, Map<String, String> headers, Map<String, String> query,
        String body, boolean base64, String requestId) {

    public HttpRequest {
        headers = headers == null ? Map.of() : headers;
        query = query == null ? Map.of() : query;
    }

    /** A header by case-insensitive name, or null. */
    public String header(String lowerCaseName) {
        String value = headers.get(lowerCaseName);
        if (value != null) {
            return value;
        }
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(lowerCaseName)) {
                return e.getValue();
            }
        }
        return null;
    }
}
