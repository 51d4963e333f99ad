package io.sentio.function.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.function.api.ApiError;
import io.sentio.function.api.ApiResponse;
import io.sentio.function.api.ResponseRenderer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server over real sockets, byte by byte as a client sends them. */
class Http11ServerTest {
    private static final int MAX_BODY = 1024;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    /** Refusals in the API's error shape, as the local twin renders them. */
    private static final ErrorResponder API_ERRORS = (status, code, message) -> new HttpResponse(status,
            Map.of("Content-Type", ApiResponse.CONTENT_TYPE), ResponseRenderer.error(new ApiError(status, code, message),
                    UUID.randomUUID().toString(), Map.of()).body().getBytes(StandardCharsets.UTF_8));

    /** Echoes what it was given, so each test can see the request the server read. */
    private static final HttpHandler ECHO = request -> {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/plain");
        headers.put("X-Method", request.method());
        headers.put("X-Path", request.rawPath());
        headers.put("X-Query", String.valueOf(request.rawQuery()));
        headers.put("X-Body-Length", Integer.toString(request.body().length));
        headers.put("X-Truncated", Boolean.toString(request.bodyTruncated()));
        return new HttpResponse(request.bodyTruncated() ? 413 : 200, headers, request.body());
    };

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }

    @Test
    void servesSeveralRequestsOnOneKeptAliveConnection() throws Exception {
        Client client = client(start(ECHO, 4));

        Response first = client.send("POST /predict?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello");
        Response second = client.send("GET /health HTTP/1.1\r\nHost: h\r\n\r\n");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("hello");
        assertThat(first.headers()).containsEntry("x-path", "/predict").containsEntry("x-query", "x=1")
                .containsEntry("content-length", "5").containsKey("date").doesNotContainKey("connection");
        assertThat(second.headers()).containsEntry("x-method", "GET").containsEntry("x-body-length", "0");
    }

    @Test
    void answersPipelinedRequestsInOrder() throws Exception {
        Client client = client(start(ECHO, 4));

        client.write("GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\n"
                + "POST /3 HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n");

        assertThat(client.read().headers()).containsEntry("x-path", "/1");
        assertThat(client.read().headers()).containsEntry("x-path", "/2");
        assertThat(client.read().body()).isEqualTo("abc");
    }

    @Test
    void closesWhenTheClientAsksTo() throws Exception {
        Client client = client(start(ECHO, 4));

        Response response = client.send("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");

        assertThat(response.headers()).containsEntry("connection", "close");
        assertThat(client.atEndOfStream()).isTrue();
    }

    @Test
    void keepsAnHttp10ConnectionOnlyWhenAsked() throws Exception {
        Http11Server server = start(ECHO, 4);
        Client plain = client(server);
        Client keepAlive = client(server);

        Response closed = plain.send("GET / HTTP/1.0\r\n\r\n");
        Response kept = keepAlive.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");

        assertThat(closed.statusLine()).startsWith("HTTP/1.0 200");
        assertThat(plain.atEndOfStream()).isTrue();
        assertThat(kept.headers()).containsEntry("connection", "keep-alive");
        assertThat(keepAlive.send("GET /again HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").status()).isEqualTo(200);
    }

    @Test
    void sendsContinueBeforeReadingAnExpectedBody() throws Exception {
        Client client = client(start(ECHO, 4));

        client.write("POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n");
        Response interim = client.read();
        client.write("abc");
        Response last = client.read();

        assertThat(interim.status()).isEqualTo(100);
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.body()).isEqualTo("abc");
    }

    @Test
    void answersAProtocolErrorInTheApisErrorShapeAndCloses() throws Exception {
        Client client = client(start(ECHO, 4));

        Response response = client.send("GET /\r\n\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers()).containsEntry("content-type", "application/json; charset=utf-8")
                .containsEntry("connection", "close");
        assertThat(response.body()).matches(
                "\\{\"error\":\\{\"code\":\"bad_request\",\"message\":\"malformed request line\",\"requestId\":\"[0-9a-f-]{36}\"}}");
        assertThat(client.atEndOfStream()).isTrue();
    }

    @Test
    void answersAnOversizedBodyWithoutResettingTheConnectionAndThenCloses() throws Exception {
        Client client = client(start(ECHO, 4));
        int size = 4 << 20;

        client.write("POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: " + size + "\r\n\r\n");
        Thread sender = new Thread(() -> {
            try {
                client.out.write(new byte[size]);
            } catch (IOException expectedOnceTheServerCloses) {
                // the server may stop reading once it has answered
            }
        });
        sender.start();
        Response response = client.read();
        sender.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.headers()).containsEntry("x-body-length", Integer.toString(MAX_BODY + 1))
                .containsEntry("connection", "close");
        assertThat(client.atEndOfStream()).isTrue();
    }

    @Test
    void answersHeadWithTheLengthButNoBody() throws Exception {
        HttpHandler fixed = request -> new HttpResponse(200, Map.of(), "twelve bytes".getBytes(StandardCharsets.UTF_8));
        Client client = client(start(fixed, 4));

        client.write("HEAD / HTTP/1.1\r\nHost: h\r\n\r\n");
        Response head = client.readHeadOnly();
        Response next = client.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n");

        assertThat(head.headers()).containsEntry("content-length", "12");
        assertThat(next.body()).isEqualTo("twelve bytes");
    }

    @Test
    void aFailingHandlerIsA500AndTheConnectionStaysUsable() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpHandler flaky = request -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("boom");
            }
            return ECHO.handle(request);
        };
        Client client = client(start(flaky, 4));

        Response failed = client.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        Response fine = client.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.body()).contains("\"code\":\"internal_error\"").doesNotContain("boom");
        assertThat(fine.status()).isEqualTo(200);
    }

    @Test
    void servesMoreKeptAliveConnectionsThanRequestSlots() throws Exception {
        Http11Server server = start(ECHO, 2);
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            clients.add(client(server));
        }

        for (int round = 0; round < 2; round++) {
            for (Client client : clients) {
                client.write("GET /x HTTP/1.1\r\nHost: h\r\n\r\n");
            }
            for (Client client : clients) {
                assertThat(client.read().status()).isEqualTo(200);
            }
        }
    }

    @Test
    void runsAtMostTheConfiguredNumberOfRequestsAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        HttpHandler blocking = request -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return ECHO.handle(request);
        };
        Http11Server server = start(blocking, 2);
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Client client = client(server);
            client.write("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
            clients.add(client);
        }

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (running.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(100); // room for a third request to slip in, if the bound did not hold
        int atOnce = running.get();
        release.countDown();

        for (Client client : clients) {
            assertThat(client.read().status()).isEqualTo(200);
        }
        assertThat(atOnce).isEqualTo(2);
        assertThat(mostAtOnce.get()).isEqualTo(2);
    }

    @Test
    void closesAConnectionLeftIdle() throws Exception {
        Http11Server server = track(Http11Server.start(ECHO, API_ERRORS,
                new Http11Server.Options("127.0.0.1", 0, 2, 16, MAX_BODY, Duration.ofMillis(200))));
        Client client = client(server);
        client.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n");

        assertThat(client.atEndOfStream()).isTrue();
    }

    @Test
    void closesAConnectionThatStallsInTheMiddleOfARequest() throws Exception {
        Http11Server server = track(Http11Server.start(ECHO, API_ERRORS,
                new Http11Server.Options("127.0.0.1", 0, 2, 16, MAX_BODY, Duration.ofMillis(200))));
        Client stallsInHead = client(server);
        Client stallsInBody = client(server);

        stallsInHead.write("GET / HTTP/1.1\r\nHost: h\r\n");
        stallsInBody.write("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc");

        assertThat(stallsInHead.atEndOfStream()).isTrue();
        assertThat(stallsInBody.atEndOfStream()).isTrue();
    }

    @Test
    void closingTheServerClosesIdleConnectionsAndStopsAccepting() throws Exception {
        Http11Server server = Http11Server.start(ECHO, API_ERRORS, Http11Server.Options.of("127.0.0.1", 0, 2, MAX_BODY));
        Client client = client(server);
        client.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n");

        server.close();

        assertThat(client.atEndOfStream()).isTrue();
        assertThat(server.openConnections()).isZero();
        assertThat(refused(server.port())).isTrue();
    }

    @Test
    void aHandlersHeaderCannotAddLinesOfItsOwn() throws Exception {
        HttpHandler injecting = request -> new HttpResponse(200,
                Map.of("X-Note", "a\r\nSet-Cookie: evil=1", "Content-Length", "999"), new byte[] {'o', 'k'});
        Client client = client(start(injecting, 2));

        Response response = client.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n");

        assertThat(response.headers()).doesNotContainKey("set-cookie").containsEntry("content-length", "2")
                .containsEntry("x-note", "aSet-Cookie: evil=1");
        assertThat(response.body()).isEqualTo("ok");
    }

    private Http11Server start(HttpHandler handler, int slots) throws IOException {
        return track(Http11Server.start(handler, API_ERRORS, Http11Server.Options.of("127.0.0.1", 0, slots, MAX_BODY)));
    }

    private <T extends AutoCloseable> T track(T closeable) {
        toClose.add(0, closeable);
        return closeable;
    }

    private Client client(Http11Server server) throws IOException {
        return track(new Client(new Socket("127.0.0.1", server.port())));
    }

    private static boolean refused(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    record Response(String statusLine, Map<String, String> headers, String body) {
        int status() {
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    /** A raw client: writes bytes as given and reads responses by Content-Length. */
    static final class Client implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Client(Socket socket) throws IOException {
            this.socket = socket;
            socket.setSoTimeout(10_000);
            this.out = socket.getOutputStream();
            this.in = new BufferedInputStream(socket.getInputStream());
        }

        Response send(String request) throws IOException {
            write(request);
            return read();
        }

        void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        Response read() throws IOException {
            Response head = readHeadOnly();
            int length = Integer.parseInt(head.headers().getOrDefault("content-length", "0"));
            return new Response(head.statusLine(), head.headers(),
                    new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }

        Response readHeadOnly() throws IOException {
            String statusLine = line();
            Map<String, String> headers = new HashMap<>();
            String header;
            while (!(header = line()).isEmpty()) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
            }
            return new Response(statusLine, headers, "");
        }

        /** True once the server has closed its side (a read returns end of stream, not a timeout). */
        boolean atEndOfStream() throws IOException {
            try {
                return in.read() == -1;
            } catch (SocketException reset) {
                return false;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("end of stream after '" + line + "'");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
