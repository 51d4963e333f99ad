package io.sentio.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.sentio.function.api.ApiError;
import io.sentio.function.api.ApiResponse;
import io.sentio.function.api.ResponseRenderer;
import io.sentio.function.api.V2Events;
import io.sentio.function.lifecycle.SyntheticContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The part of API Gateway's HTTP API that the twin plays: an HTTP request becomes the payload-2.0
 * event API Gateway would send, goes through the Lambda handler, and the handler's response
 * becomes HTTP again. Knows nothing of the HTTP server that carries it.
 */
final class ApiGateway {
    private static final String FUNCTION_NAME = "sentio-local";
    private static final Map<String, String> JSON = Map.of("Content-Type", ApiResponse.CONTENT_TYPE);
    private static final byte[] BAD_GATEWAY_BODY =
            "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8);

    /**
     * One HTTP request as the server read it.
     *
     * @param rawPath  the path as sent (still percent-encoded)
     * @param rawQuery the query as sent, or null without one
     * @param headers  names in lower case; repeated headers joined with {@code ","}
     */
    record Request(String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body,
            String remoteAddress) {
    }

    /** What goes back on the wire: status, one value per header, body bytes. */
    record Reply(int status, Map<String, String> headers, byte[] body) {
    }

    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;

    ApiGateway(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
        this.handler = handler;
    }

    Reply invoke(Request request) {
        try {
            String requestId = RequestIds.next();
            return reply(handler.handleRequest(event(request, requestId), new SyntheticContext(requestId, FUNCTION_NAME)));
        } catch (RuntimeException e) {
            // What the Lambda service answers for a crashed invocation.
            return new Reply(502, JSON, BAD_GATEWAY_BODY);
        }
    }

    /** The server's own refusals, rendered where every API error is, so that they look like the handler's. */
    static Reply refusal(int status, String code, String message) {
        ApiResponse response = ResponseRenderer.error(new ApiError(status, code, message), RequestIds.next(), Map.of());
        return new Reply(response.status(), JSON, response.body().getBytes(StandardCharsets.UTF_8));
    }

    private static APIGatewayV2HTTPEvent event(Request request, String requestId) {
        byte[] body = request.body();
        String text = body.length == 0 ? null : textual(request.headers().get("content-type"), body);
        boolean base64 = body.length > 0 && text == null;
        return V2Events.request(request.method(), request.rawPath(), request.rawQuery(), request.headers(),
                base64 ? Base64.getEncoder().encodeToString(body) : text, base64, requestId,
                request.remoteAddress(), Instant.now());
    }

    /** Like API Gateway: text for textual content types that are valid UTF-8, base64 for anything else. */
    private static String textual(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean textType = type.isEmpty() || type.startsWith("text/") || type.contains("json")
                || type.contains("xml") || type.startsWith("application/x-www-form-urlencoded");
        if (!textType) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Reply reply(APIGatewayV2HTTPResponse response) {
        Map<String, String> headers = new HashMap<>();
        if (response.getHeaders() != null) {
            headers.putAll(response.getHeaders());
        }
        if (response.getMultiValueHeaders() != null) {
            // One line per header on the wire: several values become one comma-separated list (RFC 9110 §5.3).
            response.getMultiValueHeaders().forEach((name, values) -> headers.merge(name, String.join(", ", values),
                    (single, many) -> single + ", " + many));
        }
        byte[] body = response.getBody() == null ? new byte[0]
                : response.getIsBase64Encoded() ? Base64.getDecoder().decode(response.getBody())
                : response.getBody().getBytes(StandardCharsets.UTF_8);
        return new Reply(response.getStatusCode(), headers, body);
    }
}
