package io.sentio.function.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestBodiesTest {
    private static final Limits LIMITS = new Limits(100, 10, 16);

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "Application/JSON; charset=UTF-8", "application/json;charset=\"utf8\"",
        "application/problem+json", " "})
    void acceptsJsonInUtf8OrNoContentType(String contentType) {
        assertThat(RequestBodies.checkContentType(contentType)).isNull();
        assertThat(RequestBodies.checkContentType(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/json; charset=latin1", "application/xml", "multipart/form-data"})
    void refusesOtherMediaTypesAndCharsetsWith415(String contentType) {
        ApiError error = RequestBodies.checkContentType(contentType);

        assertThat(error.status()).isEqualTo(415);
        assertThat(error.code()).isEqualTo("unsupported_media_type");
    }

    @Test
    void decodesABase64Body() {
        String encoded = Base64.getEncoder().encodeToString("{\"text\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(RequestBodies.bytes(request(encoded, true), LIMITS))
                .isInstanceOfSatisfying(Result.Ok.class, ok -> assertThat(new String((byte[]) ((Result.Ok<?>) ok).value(),
                        StandardCharsets.UTF_8)).isEqualTo("{\"text\":1}"));
    }

    @Test
    void toleratesLineBreaksInBase64ButNotOtherJunk() {
        assertThat(RequestBodies.bytes(request("e30=\r\n", true), LIMITS)).isInstanceOf(Result.Ok.class);
        assertThat(code(RequestBodies.bytes(request("e30=!", true), LIMITS))).isEqualTo("invalid_encoding");
    }

    @Test
    void refusesABodyLargerThanTheLimitInBytesNotCharacters() {
        assertThat(RequestBodies.bytes(request("a".repeat(16), false), LIMITS)).isInstanceOf(Result.Ok.class);
        assertThat(code(RequestBodies.bytes(request("é".repeat(9), false), LIMITS))).isEqualTo("body_too_large");
        assertThat(code(RequestBodies.bytes(request(Base64.getEncoder().encodeToString(new byte[17]), true), LIMITS)))
                .isEqualTo("body_too_large");
    }

    @Test
    void anAbsentBodyIsEmpty() {
        assertThat(RequestBodies.bytes(request(null, false), LIMITS))
                .isInstanceOfSatisfying(Result.Ok.class, ok -> assertThat((byte[]) ((Result.Ok<?>) ok).value()).isEmpty());
    }

    private static HttpRequest request(String body, boolean base64) {
        return new HttpRequest("POST", "/predict", Map.of(), Map.of(), body, base64, "id");
    }

    private static String code(Result<?> result) {
        return ((Result.Err<?>) result).error().code();
    }
}
