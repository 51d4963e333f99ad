package io.sentio.function.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.sentio.function.api.ApiError;
import io.sentio.function.api.ApiResponse;
import io.sentio.function.api.ResponseRenderer;
import io.sentio.function.api.V2Events;
import io.sentio.function.lifecycle.SyntheticContext;
import io.sentio.function.local.http.Http11Server;
import io.sentio.function.local.http.HttpRequest;
import io.sentio.function.local.http.HttpResponse;
import java.io.IOException;
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
 * The local twin of API Gateway + Lambda ({@code sam local start-api} without Docker): each HTTP
 * request becomes the payload-2.0 event API Gateway would send, goes through the same handler,
 * and the handler's response is written back. Connections are served in parallel.
 */
public final class LocalServer implements AutoCloseable {
    private static final String FUNCTION_NAME = "sentio-local";
    private static final Map<String, String> BAD_GATEWAY_HEADERS = Map.of("Content-Type", "application/json");
    private static final byte[] BAD_GATEWAY_BODY =
            "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8);

    private final Http11Server server;

    private LocalServer(Http11Server server) {
        this.server = server;
    }

    /**
     * @param port         0 picks a free port (see {@link #port()})
     * @param threads      requests handled at once (more clients wait their turn)
     * @param maxBodyBytes bodies are read up to one byte past this, enough for the handler's 413
     */
    public static LocalServer start(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
            String host, int port, int threads, int maxBodyBytes) throws IOException {
        return new LocalServer(Http11Server.start(request -> invoke(handler, request), LocalServer::refusal,
                Http11Server.Options.of(host, port, threads, maxBodyBytes)));
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }

    private static HttpResponse invoke(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
            HttpRequest request) {
        try {
            String requestId = RequestIds.next();
            return toHttp(handler.handleRequest(toEvent(request, requestId),
                    new SyntheticContext(requestId, FUNCTION_NAME)));
        } catch (RuntimeException e) {
            // What the Lambda service answers for a crashed invocation.
            return new HttpResponse(502, BAD_GATEWAY_HEADERS, BAD_GATEWAY_BODY);
        }
    }

    /** The server's own refusals, rendered where every API error is, so they look like the handler's. */
    private static HttpResponse refusal(int status, String code, String message) {
        ApiResponse response = ResponseRenderer.error(new ApiError(status, code, message), RequestIds.next(), Map.of());
        return new HttpResponse(response.status(), Map.of("Content-Type", ApiResponse.CONTENT_TYPE),
                response.body().getBytes(StandardCharsets.UTF_8));
    }

    private static APIGatewayV2HTTPEvent toEvent(HttpRequest request, String requestId) {
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

    private static HttpResponse toHttp(APIGatewayV2HTTPResponse response) {
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
        return new HttpResponse(response.getStatusCode(), headers, body);
    }
}
