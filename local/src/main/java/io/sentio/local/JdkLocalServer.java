package io.sentio.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** MEASUREMENT ONLY: the same twin on the JDK's com.sun.net.httpserver. */
final class JdkLocalServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService pool;

    private JdkLocalServer(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    static JdkLocalServer start(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
            String host, int port, int threads, int maxBodyBytes) throws IOException {
        ApiGateway gateway = new ApiGateway(handler);
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 1024);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", exchange -> handle(gateway, exchange, maxBodyBytes));
        server.start();
        return new JdkLocalServer(server, pool);
    }

    private static void handle(ApiGateway gateway, HttpExchange exchange, int maxBodyBytes) throws IOException {
        try (exchange) {
            InputStream in = exchange.getRequestBody();
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            Map<String, String> headers = new HashMap<>();
            for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
                headers.put(h.getKey().toLowerCase(Locale.ROOT), String.join(",", h.getValue()));
            }
            ApiGateway.Reply reply = gateway.invoke(new ApiGateway.Request(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(), headers, body,
                    exchange.getRemoteAddress().getAddress().getHostAddress()));
            reply.headers().forEach(exchange.getResponseHeaders()::set);
            if (body.length > maxBodyBytes) {
                exchange.getResponseHeaders().set("Connection", "close");
            }
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
