package io.sentio.function.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredictRequestParserTest {
    private final PredictRequestParser parser = new PredictRequestParser(new Limits(20, 3, 1_000));

    @Test
    void readsOneTextFromAJsonObject() {
        assertThat(json("{\"text\":\"great fit\"}")).isEqualTo(Result.ok(new PredictRequest.Single("great fit")));
    }

    @Test
    void readsABatchInOrder() {
        assertThat(json("{\"texts\":[\"a\",\"b\"]}")).isEqualTo(Result.ok(new PredictRequest.Batch(List.of("a", "b"))));
    }

    @Test
    void ignoresUnknownFieldsWhateverTheirShape() {
        assertThat(json("{\"client\":{\"ids\":[1,{\"x\":null}]},\"text\":\"ok\",\"n\":3}"))
                .isEqualTo(Result.ok(new PredictRequest.Single("ok")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''                              | missing_text",
        "{}                              | missing_text",
        "{\"text\":\"\"}                 | empty_text",
        "{\"text\":\"   \"}              | empty_text",
        "{\"texts\":[]}                  | empty_text",
        "{\"text\":3}                    | invalid_request",
        "{\"texts\":\"a\"}               | invalid_request",
        "{\"texts\":[\"a\",1]}           | invalid_request",
        "[\"a\"]                         | invalid_request",
        "{\"text\":\"a\",\"texts\":[\"b\"]} | invalid_request",
        "{\"text\":\"a\",\"text\":\"b\"} | invalid_request",
        "{\"text\":\"a\"                 | invalid_json",
        "{\"text\":\"a\"} {}             | invalid_json",
        "not json                        | invalid_json",
        "{\"text\":\"aaaaaaaaaaaaaaaaaaaaa\"} | text_too_large",
        "{\"texts\":[\"a\",\"b\",\"c\",\"d\"]} | batch_too_large",
    })
    void refusesWithTheErrorThatNamesTheProblem(String body, String code) {
        assertThat(json(body)).isInstanceOfSatisfying(Result.Err.class,
                err -> assertThat(((Result.Err<?>) err).error().code()).isEqualTo(code));
    }

    @Test
    void aQueryTextIsCheckedLikeABodyText() {
        assertThat(parser.fromQuery("nice")).isEqualTo(Result.ok(new PredictRequest.Single("nice")));
        assertThat(code(parser.fromQuery(null))).isEqualTo("missing_text");
        assertThat(code(parser.fromQuery(" "))).isEqualTo("empty_text");
        assertThat(code(parser.fromQuery("x".repeat(21)))).isEqualTo("text_too_large");
    }

    @Test
    void invalidJsonSaysWhere() {
        Result<PredictRequest> result = json("{\"text\": nope}");

        assertThat(((Result.Err<PredictRequest>) result).error().message()).contains("line 1");
    }

    private Result<PredictRequest> json(String body) {
        return parser.fromJson(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String code(Result<?> result) {
        return ((Result.Err<?>) result).error().code();
    }
}
