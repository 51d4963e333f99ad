package io.sentio.function.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.sentio.core.explain.ExplainOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Body or query → validated {@link PredictRequest}, or the {@link ApiError} that says why not.
 * Streams the JSON (no tree, no data binding) and stops at the first problem. Messages name the
 * field and the limit, never the text.
 */
public final class PredictRequestParser {
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    static final String EXPLAIN = "explain";
    static final String EXPLAIN_LABEL = "explain_label";
    static final String EXPLAIN_TERMS = "explain_terms";
    private static final String EXPECTED = "; expected {\"text\": \"...\"} or {\"texts\": [\"...\", ...]}";

    private final Limits limits;

    public PredictRequestParser(Limits limits) {
        this.limits = limits;
    }

    /** {@code GET /predict?text=…}. */
    public Result<PredictRequest> fromQuery(String text) {
        return fromQuery(text, Map.of());
    }

    /**
     * {@code GET /predict?text=…&explain=true&explain_label=…&explain_terms=…} (the text may come
     * from the path instead; the other parameters come from {@code query}).
     */
    public Result<PredictRequest> fromQuery(String text, Map<String, String> query) {
        if (text == null) {
            return Result.err(ApiError.missingText("query parameter 'text' is required, e.g. /predict?text=great+fit"));
        }
        ApiError problem = checkText(text, "query parameter 'text'");
        if (problem != null) {
            return Result.err(problem);
        }
        String flag = query.get(EXPLAIN);
        if (flag != null && !flag.equals("true") && !flag.equals("false")) {
            return Result.err(ApiError.invalidRequest("query parameter '" + EXPLAIN + "' must be true or false"));
        }
        Integer terms = null;
        String termsText = query.get(EXPLAIN_TERMS);
        if (termsText != null) {
            try {
                terms = Integer.parseInt(termsText);
            } catch (NumberFormatException e) {
                return Result.err(termsOutOfRange("query parameter '" + EXPLAIN_TERMS + "'"));
            }
        }
        Result<Optional<ExplainOptions>> explain = explainOptions("true".equals(flag), query.get(EXPLAIN_LABEL), terms,
                "query parameter '");
        if (explain instanceof Result.Err<Optional<ExplainOptions>> err) {
            return Result.err(err.error());
        }
        return Result.ok(new PredictRequest.Single(text, ((Result.Ok<Optional<ExplainOptions>>) explain).value()));
    }

    /**
     * The explanation settings, checked together: a label or a term count without {@code explain}
     * true is refused rather than ignored, so a client never waits for an explanation it did not ask for.
     */
    private static Result<Optional<ExplainOptions>> explainOptions(boolean explain, String label, Integer terms,
            String quote) {
        if (!explain) {
            if (label != null || terms != null) {
                String given = label != null ? EXPLAIN_LABEL : EXPLAIN_TERMS;
                return Result.err(ApiError.invalidRequest(quote + given + "' needs " + quote + EXPLAIN + "' true"));
            }
            return Result.ok(Optional.empty());
        }
        if (terms != null && (terms < 1 || terms > ExplainOptions.MAX_TERMS)) {
            return Result.err(termsOutOfRange(quote + EXPLAIN_TERMS + "'"));
        }
        return Result.ok(Optional.of(new ExplainOptions(Optional.ofNullable(label),
                terms == null ? ExplainOptions.DEFAULT_TERMS : terms)));
    }

    private static ApiError termsOutOfRange(String what) {
        return ApiError.invalidRequest(what + " must be an integer from 1 to " + ExplainOptions.MAX_TERMS);
    }

    /** {@code POST /predict} with a JSON body (already size-checked and decoded). */
    public Result<PredictRequest> fromJson(byte[] body) {
        if (body.length == 0) {
            return Result.err(ApiError.missingText("request body is empty" + EXPECTED));
        }
        try (JsonParser parser = JSON.createParser(body)) {
            return parse(parser);
        } catch (JsonProcessingException e) {
            return Result.err(ApiError.invalidJson(where(e.getLocation())));
        } catch (IOException | RuntimeException e) {
            // Jackson reports malformed input as JsonProcessingException; anything else is still the body's fault.
            return Result.err(ApiError.invalidJson(""));
        }
    }

    private Result<PredictRequest> parse(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return Result.err(ApiError.invalidRequest("request body must be a JSON object" + EXPECTED));
        }
        String text = null;
        List<String> texts = null;
        boolean sawText = false;
        boolean sawTexts = false;
        Boolean explain = null;
        String explainLabel = null;
        Integer explainTerms = null;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("text".equals(field)) {
                if (sawText) {
                    return Result.err(ApiError.invalidRequest("field 'text' appears more than once"));
                }
                sawText = true;
                if (value != JsonToken.VALUE_STRING) {
                    return Result.err(wrongType("'text' must be a string", value));
                }
                text = parser.getText();
                ApiError problem = checkText(text, "'text'");
                if (problem != null) {
                    return Result.err(problem);
                }
            } else if ("texts".equals(field)) {
                if (sawTexts) {
                    return Result.err(ApiError.invalidRequest("field 'texts' appears more than once"));
                }
                sawTexts = true;
                Result<List<String>> batch = parseTexts(parser, value);
                if (batch instanceof Result.Err<List<String>> err) {
                    return Result.err(err.error());
                }
                texts = ((Result.Ok<List<String>>) batch).value();
            } else if (EXPLAIN.equals(field)) {
                if (explain != null) {
                    return Result.err(ApiError.invalidRequest("field 'explain' appears more than once"));
                }
                if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                    return Result.err(wrongType("'explain' must be a boolean", value));
                }
                explain = value == JsonToken.VALUE_TRUE;
            } else if (EXPLAIN_LABEL.equals(field)) {
                if (explainLabel != null) {
                    return Result.err(ApiError.invalidRequest("field 'explain_label' appears more than once"));
                }
                if (value != JsonToken.VALUE_STRING) {
                    return Result.err(wrongType("'explain_label' must be a string", value));
                }
                explainLabel = parser.getText();
            } else if (EXPLAIN_TERMS.equals(field)) {
                if (explainTerms != null) {
                    return Result.err(ApiError.invalidRequest("field 'explain_terms' appears more than once"));
                }
                if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
                    return Result.err(termsOutOfRange("'" + EXPLAIN_TERMS + "'"));
                }
                explainTerms = parser.getIntValue();
            } else {
                parser.skipChildren();
            }
        }
        if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
            return Result.err(ApiError.invalidJson(" (content after the JSON object)"));
        }
        if (sawText && sawTexts) {
            return Result.err(ApiError.invalidRequest("give either 'text' or 'texts', not both"));
        }
        if (!sawText && !sawTexts) {
            return Result.err(ApiError.missingText("field 'text' is required" + EXPECTED));
        }
        Result<Optional<ExplainOptions>> explained = explainOptions(Boolean.TRUE.equals(explain), explainLabel,
                explainTerms, "'");
        if (explained instanceof Result.Err<Optional<ExplainOptions>> err) {
            return Result.err(err.error());
        }
        Optional<ExplainOptions> options = ((Result.Ok<Optional<ExplainOptions>>) explained).value();
        if (sawText) {
            return Result.ok(new PredictRequest.Single(text, options));
        }
        return Result.ok(new PredictRequest.Batch(texts, options));
    }

    private Result<List<String>> parseTexts(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            return Result.err(wrongType("'texts' must be an array of strings", value));
        }
        List<String> texts = new ArrayList<>();
        JsonToken item;
        while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (texts.size() == limits.maxBatchSize()) {
                return Result.err(ApiError.batchTooLarge(limits.maxBatchSize()));
            }
            if (item != JsonToken.VALUE_STRING) {
                return Result.err(wrongType("'texts[" + texts.size() + "]' must be a string", item));
            }
            String text = parser.getText();
            ApiError problem = checkText(text, "'texts[" + texts.size() + "]'");
            if (problem != null) {
                return Result.err(problem);
            }
            texts.add(text);
        }
        if (texts.isEmpty()) {
            return Result.err(ApiError.emptyText("'texts' must hold at least one text"));
        }
        return Result.ok(texts);
    }

    private ApiError checkText(String text, String what) {
        if (text.length() > limits.maxTextChars()) {
            return ApiError.textTooLarge(limits.maxTextChars());
        }
        if (text.isBlank()) {
            return ApiError.emptyText(what + " must not be empty or blank");
        }
        return null;
    }

    private static ApiError wrongType(String message, JsonToken found) {
        return ApiError.invalidRequest(message + ", not " + describe(found));
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name().toLowerCase(java.util.Locale.ROOT) : token.asString();
        };
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
