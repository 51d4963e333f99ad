package io.sentio.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.function.ApiHandler;
import io.sentio.function.testing.CapturedOutput;
import io.sentio.function.testing.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local twin over real HTTP: same answers as the handler, in parallel. */
class LocalServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        ApiHandler handler = Fixtures.handler(Map.of("MAX_BODY_BYTES", "4096"));
        server = LocalServer.start(handler, "127.0.0.1", 0, 8, 4096);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void postPredictAnswersLikeTheHandler() {
        HttpResponse<String> response = send(post("/predict", "application/json", "{\"text\":\"Love it, perfect fit!\"}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
        assertThat(json(response).get("label").asText()).isEqualTo("positive");
        assertThat(json(response)).isEqualTo(Fixtures.body(Fixtures.call(Fixtures.handler(),
                io.sentio.function.testing.Events.postJson("/predict", "{\"text\":\"Love it, perfect fit!\"}"))));
    }

    @Test
    void getPredictDecodesTheQueryAsApiGatewayDoes() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(base + "/predict?text=Terrible%20quality%2C%20returned%20it")).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("sentences").get(0).get("text").asText())
                .isEqualTo("Terrible quality, returned it");
    }

    @Test
    void healthAndModelAnswer() {
        assertThat(json(send(HttpRequest.newBuilder(URI.create(base + "/health")).build())).get("status").asText())
                .isEqualTo("ok");
        assertThat(json(send(HttpRequest.newBuilder(URI.create(base + "/model")).build())).get("labels")).hasSize(3);
    }

    @Test
    void errorsKeepTheirStatusCodeAndHeaders() {
        HttpResponse<String> notFound = send(HttpRequest.newBuilder(URI.create(base + "/nope")).build());
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(URI.create(base + "/predict"))
                .method("DELETE", BodyPublishers.noBody()).build());
        HttpResponse<String> wrongType = send(post("/predict", "text/plain", "great"));

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("allow")).hasValue("GET, POST");
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(json(wrongType).get("error").get("requestId").asText()).isNotBlank();
    }

    @Test
    void bodyBeyondTheLimitIs413AndTheServerKeepsServing() {
        HttpResponse<String> tooBig = send(post("/predict", "application/json",
                "{\"text\":\"" + "a".repeat(200_000) + "\"}"));

        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(json(tooBig).get("error").get("code").asText()).isEqualTo("body_too_large");
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/health")).build()).statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestThatIsNotHttpIsRefusedInTheApisErrorShape() throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write("GET /predict HTTP/1.1\r\nHost: h\r\nBad Header\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400 Bad Request\r\n")
                    .containsIgnoringCase("Content-Type: application/json; charset=utf-8\r\n")
                    .containsIgnoringCase("Connection: close\r\n");
            JsonNode error = Fixtures.json(answer.substring(answer.indexOf("\r\n\r\n") + 4)).get("error");
            assertThat(error.get("code").asText()).isEqualTo("bad_request");
            assertThat(error.get("message").asText()).isNotBlank();
            assertThat(error.get("requestId").asText()).matches("[0-9a-f-]{36}");
        }
    }

    @Test
    void headersTooLargeAreRefusedInTheApisErrorShape() {
        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(URI.create(base + "/health"))
                .header("X-Padding", "p".repeat(64 * 1024)).build());

        assertThat(tooLarge.statusCode()).isEqualTo(431);
        assertThat(json(tooLarge).get("error").get("code").asText()).isEqualTo("request_header_fields_too_large");
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/health")).build()).statusCode()).isEqualTo(200);
    }

    @Test
    void chunkedBodyIsAnsweredLikeOneWithALength() {
        String json = "{\"text\":\"Love it, perfect fit!\"}";
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(base + "/predict"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        json.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build());

        assertThat(chunked.statusCode()).isEqualTo(200);
        assertThat(json(chunked).get("label").asText()).isEqualTo("positive");
        assertThat(chunked.body()).isEqualTo(send(post("/predict", "application/json", json)).body());
    }

    @Test
    void binaryBodyTravelsBase64EncodedLikeApiGatewaySendsIt() {
        HttpResponse<String> invalidUtf8 = send(HttpRequest.newBuilder(URI.create(base + "/predict"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff,
                    '"', '}'}))
                .build());

        assertThat(invalidUtf8.statusCode()).isEqualTo(400);
        assertThat(json(invalidUtf8).get("error").get("code").asText()).isEqualTo("invalid_json");
    }

    @Test
    void concurrentRequestsAreServedInParallelWithTheSameAnswers() {
        String expected = send(post("/predict", "application/json", "{\"text\":\"So soft, love it.\"}")).body();

        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        CapturedOutput.during(() -> {
            for (int i = 0; i < 64; i++) {
                inFlight.add(HTTP.sendAsync(post("/predict", "application/json", "{\"text\":\"So soft, love it.\"}"),
                        BodyHandlers.ofString()));
            }
            inFlight.forEach(CompletableFuture::join);
        });

        assertThat(inFlight).allSatisfy(f -> {
            assertThat(f.join().statusCode()).isEqualTo(200);
            assertThat(f.join().body()).isEqualTo(expected);
        });
    }

    private static HttpRequest post(String path, String type, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .POST(BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return CapturedOutput.capture(() -> {
            try {
                return HTTP.send(request, BodyHandlers.ofString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }).value();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Fixtures.json(response.body());
    }
}
