package io.sentio.function.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sentio.function.api.V2Events;
import io.sentio.function.lifecycle.SyntheticContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local twin of API Gateway + Lambda ({@code sam local start-api} without Docker): each HTTP
 * request becomes the payload-2.0 event API Gateway would send, goes through the same handler,
 * and the handler's response is written back. Requests run in parallel on a thread pool.
 */
public final class LocalServer implements AutoCloseable {
    private static final String FUNCTION_NAME = "sentio-local";

    private final HttpServer server;
    private final ExecutorService pool;
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
    private final int maxBodyBytes;

    private LocalServer(HttpServer server, ExecutorService pool,
            RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, int maxBodyBytes) {
        this.server = server;
        this.pool = pool;
        this.handler = handler;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * @param port         0 picks a free port (see {@link #port()})
     * @param maxBodyBytes bodies are read up to one byte past this, enough for the handler's 413
     */
    public static LocalServer start(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
            String host, int port, int threads, int maxBodyBytes) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 1024);
        AtomicInteger ids = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "serve-" + ids.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        LocalServer local = new LocalServer(server, pool, handler, maxBodyBytes);
        server.createContext("/", local::exchange);
        server.setExecutor(pool);
        server.start();
        return local;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            APIGatewayV2HTTPResponse response;
            try {
                String requestId = UUID.randomUUID().toString();
                response = handler.handleRequest(toEvent(exchange, requestId),
                        new SyntheticContext(requestId, FUNCTION_NAME));
            } catch (RuntimeException e) {
                // What the Lambda service would answer for a crashed invocation.
                response = APIGatewayV2HTTPResponse.builder().withStatusCode(502)
                        .withHeaders(Map.of("Content-Type", "application/json"))
                        .withBody("{\"message\":\"Internal Server Error\"}").build();
            }
            write(exchange, response);
        }
    }

    private APIGatewayV2HTTPEvent toEvent(HttpExchange exchange, String requestId) throws IOException {
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            headers.put(header.getKey().toLowerCase(Locale.ROOT), String.join(",", header.getValue()));
        }
        byte[] body = readAtMost(exchange.getRequestBody(), maxBodyBytes + 1);
        String text = body.length == 0 ? null : textual(headers.get("content-type"), body);
        boolean base64 = body.length > 0 && text == null;
        return V2Events.request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers,
                base64 ? Base64.getEncoder().encodeToString(body) : text, base64, requestId,
                exchange.getRemoteAddress().getAddress().getHostAddress(), Instant.now());
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

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }

    private static void write(HttpExchange exchange, APIGatewayV2HTTPResponse response) throws IOException {
        Headers out = exchange.getResponseHeaders();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach(out::set);
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> values.forEach(v -> out.add(name, v)));
        }
        byte[] body = response.getBody() == null ? new byte[0]
                : response.getIsBase64Encoded() ? Base64.getDecoder().decode(response.getBody())
                : response.getBody().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(response.getStatusCode(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(body);
            }
        }
    }
}
