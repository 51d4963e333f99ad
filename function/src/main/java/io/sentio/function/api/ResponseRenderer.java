package io.sentio.function.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.sentio.core.explain.ExplainedText;
import io.sentio.core.explain.Explanation;
import io.sentio.core.explain.Span;
import io.sentio.core.explain.TermWeight;
import io.sentio.core.json.Json;
import io.sentio.core.model.Manifest;
import io.sentio.core.model.Prediction;
import io.sentio.core.model.SentencePrediction;
import io.sentio.core.model.TextPrediction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Writes every response body, errors included. Streams JSON straight into a string: the hot path
 * builds no intermediate maps or trees, and the only copy of a body is its {@code String}.
 */
public final class ResponseRenderer {
    private static final JsonFactory JSON = new JsonFactory();

    private final Manifest manifest;
    private final int topN;
    /** A multi-label model answers a {@code labels} set where a single-label one answers one {@code label}. */
    private final boolean multiLabel;
    private final String healthBody;
    private final String modelBody;

    /** @param topN how many labels each probability map shows, most probable first; 0 = all */
    public ResponseRenderer(Manifest manifest, int topN) {
        this.manifest = manifest;
        this.topN = topN;
        this.multiLabel = manifest.decision().multiLabel();
        this.healthBody = write(g -> {
            g.writeStartObject();
            g.writeStringField("status", "ok");
            g.writeObjectFieldStart("model");
            g.writeStringField("name", manifest.name());
            g.writeStringField("version", manifest.version());
            g.writeStringField("sha256", manifest.modelSha256());
            g.writeEndObject();
            g.writeEndObject();
        });
        try {
            // The manifest in its canonical (snake_case) form, exactly as stored with the bundle.
            this.modelBody = Json.mapper().writeValueAsString(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("manifest cannot be written as JSON", e);
        }
    }

    public ApiResponse single(TextPrediction prediction) {
        return new ApiResponse(200, write(g -> {
            g.writeStartObject();
            writePrediction(g, new ProbabilityWriter(g, topN), prediction, null);
            writeModel(g);
            g.writeEndObject();
        }));
    }

    public ApiResponse batch(List<TextPrediction> predictions) {
        return new ApiResponse(200, write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("predictions");
            ProbabilityWriter probabilities = new ProbabilityWriter(g, topN);
            for (TextPrediction prediction : predictions) {
                g.writeStartObject();
                writePrediction(g, probabilities, prediction, null);
                g.writeEndObject();
            }
            g.writeEndArray();
            writeModel(g);
            g.writeEndObject();
        }));
    }

    /** {@link #single} with the text's and each sentence's {@code explanation}. */
    public ApiResponse singleExplained(ExplainedText explained) {
        return new ApiResponse(200, write(g -> {
            g.writeStartObject();
            writePrediction(g, new ProbabilityWriter(g, topN), explained.prediction(), explained);
            writeModel(g);
            g.writeEndObject();
        }));
    }

    /** {@link #batch} with each text's and each sentence's {@code explanation}. */
    public ApiResponse batchExplained(List<ExplainedText> explained) {
        return new ApiResponse(200, write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("predictions");
            ProbabilityWriter probabilities = new ProbabilityWriter(g, topN);
            for (ExplainedText text : explained) {
                g.writeStartObject();
                writePrediction(g, probabilities, text.prediction(), text);
                g.writeEndObject();
            }
            g.writeEndArray();
            writeModel(g);
            g.writeEndObject();
        }));
    }

    public ApiResponse health() {
        return new ApiResponse(200, healthBody);
    }

    public ApiResponse model() {
        return new ApiResponse(200, modelBody);
    }

    /** The one place an {@link ApiError} becomes an HTTP response. */
    public static ApiResponse error(ApiError error, String requestId, Map<String, String> extraHeaders) {
        return new ApiResponse(error.status(), write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("error");
            g.writeStringField("code", error.code());
            g.writeStringField("message", error.message());
            g.writeStringField("requestId", requestId);
            g.writeEndObject();
            g.writeEndObject();
        }), extraHeaders);
    }

    /** @param explained the prediction's explanations, or null when none was asked for (the hot path) */
    private void writePrediction(JsonGenerator g, ProbabilityWriter probabilities, TextPrediction prediction,
            ExplainedText explained) throws IOException {
        writeLabelAndProbabilities(g, probabilities, prediction.overall());
        if (explained != null) {
            writeExplanation(g, explained.explanation());
        }
        g.writeArrayFieldStart("sentences");
        for (int i = 0; i < prediction.sentences().size(); i++) {
            SentencePrediction sentence = prediction.sentences().get(i);
            g.writeStartObject();
            g.writeStringField("text", sentence.text());
            writeLabelAndProbabilities(g, probabilities, sentence.prediction());
            if (explained != null) {
                writeExplanation(g, explained.sentences().get(i));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * {@code "explanation": {"label", "method", "compared_with" (single-label only), "bias", "score",
     * "terms": [{"term", "weight", "spans": [[start, end], …]}, …], "other_terms_weight"}}.
     */
    private static void writeExplanation(JsonGenerator g, Explanation explanation) throws IOException {
        g.writeObjectFieldStart("explanation");
        g.writeStringField("label", explanation.label());
        g.writeStringField("method", explanation.method().wireName());
        if (explanation.comparedWith().isPresent()) {
            g.writeStringField("compared_with", explanation.comparedWith().get());
        }
        g.writeNumberField("bias", explanation.bias());
        g.writeNumberField("score", explanation.score());
        g.writeArrayFieldStart("terms");
        for (TermWeight term : explanation.terms()) {
            g.writeStartObject();
            g.writeStringField("term", term.term());
            g.writeNumberField("weight", term.weight());
            g.writeArrayFieldStart("spans");
            for (Span span : term.spans()) {
                g.writeStartArray();
                g.writeNumber(span.start());
                g.writeNumber(span.end());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("other_terms_weight", explanation.otherTermsWeight());
        g.writeEndObject();
    }

    private void writeLabelAndProbabilities(JsonGenerator g, ProbabilityWriter probabilities,
            Prediction prediction) throws IOException {
        if (multiLabel) {
            g.writeArrayFieldStart("labels");
            for (String label : prediction.labels()) {
                g.writeString(label);
            }
            g.writeEndArray();
        } else {
            g.writeStringField("label", prediction.label());
        }
        g.writeObjectFieldStart("probabilities");
        probabilities.write(prediction.probabilities());
        g.writeEndObject();
    }

    /**
     * Writes the first {@code topN} entries (all when 0) of a most-probable-first map, with
     * {@code forEach}: the maps are new for every prediction, and iterating an unmodifiable map's
     * entries would allocate its views, an iterator and a wrapper per entry. One per response.
     */
    private static final class ProbabilityWriter implements BiConsumer<String, Double> {
        private final JsonGenerator generator;
        private final int topN;
        private int written;

        ProbabilityWriter(JsonGenerator generator, int topN) {
            this.generator = generator;
            this.topN = topN;
        }

        void write(Map<String, Double> probabilities) throws IOException {
            written = 0;
            try {
                probabilities.forEach(this);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        @Override
        public void accept(String label, Double probability) {
            if (topN > 0 && written == topN) {
                return;
            }
            try {
                generator.writeNumberField(label, probability);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written++;
        }
    }

    private void writeModel(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("model");
        g.writeStringField("name", manifest.name());
        g.writeStringField("version", manifest.version());
        g.writeEndObject();
    }

    private interface Body {
        void write(JsonGenerator generator) throws IOException;
    }

    private static String write(Body body) {
        StringOutput out = StringOutput.forThisThread();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            body.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string failed", e);
        } finally {
            out.done();
        }
        return out.text;
    }

    /**
     * Collects what the generator writes in a per-thread builder that keeps its capacity, so the
     * body's {@code String} is its only copy. (Jackson flushes its buffer at close, but also before
     * every escape it writes, e.g. a quote inside a review; a StringWriter would grow a
     * StringBuffer from 256 chars and copy it once more into the String.)
     */
    private static final class StringOutput extends Writer {
        /** A builder that grew beyond this for a large batch is dropped rather than kept. */
        private static final int KEEP_CHARS = 16 * 1024;
        private static final ThreadLocal<StringOutput> OUTPUT = ThreadLocal.withInitial(StringOutput::new);

        private StringBuilder chars = new StringBuilder(2048);
        private String text;

        static StringOutput forThisThread() {
            StringOutput out = OUTPUT.get();
            out.chars.setLength(0);
            out.text = null;
            return out;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars.append(buffer, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            chars.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
            chars.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        /** Takes the text, then leaves the builder empty (or replaces one grown too large). */
        void done() {
            text = chars.toString();
            if (chars.capacity() > KEEP_CHARS) {
                chars = new StringBuilder(2048);
            } else {
                chars.setLength(0);
            }
        }
    }
}
