package io.sentio.function;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.function.lifecycle.SyntheticContext;
import io.sentio.function.testing.CapturedOutput;
import io.sentio.function.testing.Events;
import io.sentio.function.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * No input, however malformed, gets a 5xx or a stack trace: random methods, paths, headers,
 * bodies (JSON-ish and binary) and encodings all end in a 2xx or a JSON 4xx.
 */
class BadInputPropertyTest {
    private static final ApiHandler HANDLER = Fixtures.handler(Map.of("MAX_TEXT_CHARS", "300",
            "MAX_BATCH_SIZE", "5", "MAX_BODY_BYTES", "2000"));

    @Property(tries = 400)
    void anyRequestGetsASuccessOrAJsonClientError(@ForAll("requests") APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = CapturedOutput.capture(() ->
                HANDLER.handleRequest(event, new SyntheticContext("property", "sentio-test"))).value();

        Statistics.label("status").collect(response.getStatusCode());
        assertThat(response.getStatusCode()).isBetween(200, 499);
        JsonNode body = Fixtures.json(response.getBody());
        if (response.getStatusCode() >= 400) {
            assertThat(body.get("error").get("code").asText()).isNotBlank();
            assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Property(tries = 300)
    void anyTextIsClassifiedOrRefusedNeverFailed(@ForAll("texts") String text) {
        String json = "{\"text\":" + quote(text) + "}";
        APIGatewayV2HTTPResponse response = CapturedOutput.capture(() ->
                Fixtures.call(HANDLER, Events.postJson("/predict", json))).value();

        Statistics.label("status").collect(response.getStatusCode());
        assertThat(response.getStatusCode()).isIn(200, 400, 413);
    }

    @Provide
    Arbitrary<APIGatewayV2HTTPEvent> requests() {
        Arbitrary<String> methods = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("POST", "GET")),
                Tuple.of(1, Arbitraries.of("PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "", "post", "G\u00c9T")));
        Arbitrary<String> paths = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just("/predict")),
                Tuple.of(2, Arbitraries.of("/health", "/model", "/", "/predict/", "//predict", "/PREDICT",
                        "/predict/../health", "/%00")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(40).map(s -> "/" + s)));
        Arbitrary<String> queries = Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().ofMaxLength(400).map(s -> "text=" + s),
                Arbitraries.of("text=%zz", "text", "text=&text=", "text=%E2%82", "=x&&&"));
        Arbitrary<Map<String, String>> headers = Arbitraries.oneOf(
                Arbitraries.of("application/json", "application/json; charset=utf-8", "APPLICATION/JSON",
                        "text/plain", "application/json; charset=latin1", ";", "", "application/vnd.api+json",
                        "multipart/form-data; boundary=--x", "\u0000"),
                Arbitraries.strings().ofMaxLength(30))
                .map(type -> {
                    Map<String, String> h = new HashMap<>();
                    h.put("content-type", type);
                    return h;
                })
                .injectNull(0.1);
        Arbitrary<String> bodies = Arbitraries.oneOf(
                jsonish(),
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().ascii().ofMinLength(1900).ofMaxLength(2300),
                Arbitraries.just(null));
        Arbitrary<Boolean> base64 = Arbitraries.of(true, false);
        return Combinators.combine(methods, paths, queries, headers, bodies, base64)
                .as((method, path, query, header, body, encode) -> {
                    String sent = body;
                    if (encode && body != null && body.hashCode() % 3 != 0) {
                        sent = Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));
                    }
                    APIGatewayV2HTTPEvent event = Events.request(method, path, query,
                            header == null ? Map.of() : header, sent, encode);
                    if (query != null && query.hashCode() % 5 == 0) {
                        event.setQueryStringParameters(null);
                    }
                    return event;
                });
    }

    /** Bodies that are often almost right: the parser's interesting cases. */
    private Arbitrary<String> jsonish() {
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(350).map(BadInputPropertyTest::quote),
                Arbitraries.of("null", "true", "1e999", "-0", "[]", "{}", "[\"a\"]", "\"\\ud800\"", "\"\\u0000\"",
                        "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]", "[[[[[[[[[[]]]]]]]]]]", "\"\\x\"", "NaN"),
                Arbitraries.strings().ofMaxLength(20).list().ofMaxSize(7).map(list -> {
                    StringBuilder out = new StringBuilder("[");
                    for (int i = 0; i < list.size(); i++) {
                        out.append(i == 0 ? "" : ",").append(quote(list.get(i)));
                    }
                    return out.append(']').toString();
                }));
        Arbitrary<String> keys = Arbitraries.of("text", "texts", "Text", "other", "", "text\u0000");
        return Combinators.combine(keys, values, keys, values, Arbitraries.integers().between(0, 6))
                .as((k1, v1, k2, v2, shape) -> switch (shape) {
                    case 0 -> "{" + quote(k1) + ":" + v1 + "}";
                    case 1 -> "{" + quote(k1) + ":" + v1 + "," + quote(k2) + ":" + v2 + "}";
                    case 2 -> "{" + quote(k1) + ":" + v1;
                    case 3 -> "{" + quote(k1) + ":" + v1 + "}" + v2;
                    case 4 -> v1;
                    case 5 -> "{" + quote(k1) + ":{\"nested\":" + v1 + "}," + quote(k2) + ":" + v2 + "}";
                    default -> "{" + k1 + ":" + v1 + "}";
                });
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(320),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(50),
                Arbitraries.strings().withChars("<>&;#.!?\u2019\u00e9\u0301\ud83d\ude00 \n\t\r").ofMinLength(1).ofMaxLength(80),
                Arbitraries.of("&amp;#39;", "&#0;", "&#x110000;", ". . .", "...", "\u200b", "\ufeff", "Ã©tÃ©"));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
