package io.sentio.function.local.http;

import java.util.Map;

/**
 * What the handler answers: status, headers (one value each; the server adds Content-Length,
 * Date and Connection itself) and the body bytes.
 */
public record HttpResponse(int status, Map<String, String> headers, byte[] body) {
}
