package io.sentio.function.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Lambda Runtime API (2018-06-01) on loopback, as much of it as a runtime client needs: it
 * hands out queued events on {@code GET …/invocation/next} and collects what the client posts back
 * to {@code …/invocation/{id}/response}, {@code …/invocation/{id}/error} or {@code …/init/error}.
 */
public final class RuntimeApiFixture implements AutoCloseable {
    private static final String PREFIX = "/2018-06-01/runtime";

    /** What the runtime client answered for one event: the response document, or an error. */
    public record Answer(boolean error, String body) {
    }

    private record Invocation(String requestId, String event) {
    }

    private final HttpServer server;
    private final BlockingQueue<Invocation> pending = new LinkedBlockingQueue<>();
    private final ConcurrentHashMap<String, CompletableFuture<Answer>> answers = new ConcurrentHashMap<>();
    private final CompletableFuture<String> initError = new CompletableFuture<>();
    private final AtomicInteger ids = new AtomicInteger();

    private RuntimeApiFixture(HttpServer server) {
        this.server = server;
    }

    public static RuntimeApiFixture start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        RuntimeApiFixture fixture = new RuntimeApiFixture(server);
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "runtime-api");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext(PREFIX, fixture::route);
        server.start();
        return fixture;
    }

    /** host:port, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Queues the event and waits for the client's answer to it, for at most {@code timeout} and
     * only while {@code clientAlive} (a client that died answers nothing).
     */
    public Answer invoke(String event, Duration timeout, BooleanSupplier clientAlive) throws Exception {
        String requestId = "it-request-" + ids.incrementAndGet();
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        answers.put(requestId, answer);
        pending.add(new Invocation(requestId, event));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (initError.isDone()) {
                return new Answer(true, "init error: " + initError.get());
            }
            try {
                return answer.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                if (!clientAlive.getAsBoolean()) {
                    return new Answer(true, "the runtime client exited without answering");
                }
            }
        }
        throw new TimeoutException("no answer to " + requestId + " within " + timeout);
    }

    /** The error the client reported from init, if it did. */
    public Optional<String> initError() {
        return Optional.ofNullable(initError.getNow(null));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void route(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.equals("/invocation/next") && exchange.getRequestMethod().equals("GET")) {
                next(exchange);
            } else if (path.equals("/init/error")) {
                initError.complete(body);
                respond(exchange, 202, "{}");
            } else if (path.startsWith("/invocation/") && (path.endsWith("/response") || path.endsWith("/error"))) {
                String requestId = path.substring("/invocation/".length(), path.lastIndexOf('/'));
                CompletableFuture<Answer> answer = answers.get(requestId);
                if (answer == null) {
                    respond(exchange, 400, "{\"errorMessage\":\"unknown request id\"}");
                    return;
                }
                answer.complete(new Answer(path.endsWith("/error"), body));
                respond(exchange, 202, "{}");
            } else {
                respond(exchange, 404, "{\"errorMessage\":\"not a runtime API path\"}");
            }
        }
    }

    /** Blocks (as Lambda does) until there is an event to hand out. */
    private void next(HttpExchange exchange) throws IOException {
        Invocation invocation;
        try {
            invocation = pending.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        var headers = exchange.getResponseHeaders();
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 30_000));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:000000000000:function:sentio-it");
        headers.set("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
        respond(exchange, 200, invocation.event());
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
