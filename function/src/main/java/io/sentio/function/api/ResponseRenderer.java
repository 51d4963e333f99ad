package io.sentio.function.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
 * builds no intermediate maps or trees, and a body that fits in Jackson's buffer is copied once,
 * into its {@code String}.
 */
public final class ResponseRenderer {
    private static final JsonFactory JSON = new JsonFactory();

    private final Manifest manifest;
    private final int topN;
    private final String healthBody;
    private final String modelBody;

    /** @param topN how many labels each probability map shows, most probable first; 0 = all */
    public ResponseRenderer(Manifest manifest, int topN) {
        this.manifest = manifest;
        this.topN = topN;
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
            writePrediction(g, prediction);
            writeModel(g);
            g.writeEndObject();
        }));
    }

    public ApiResponse batch(List<TextPrediction> predictions) {
        return new ApiResponse(200, write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("predictions");
            for (TextPrediction prediction : predictions) {
                g.writeStartObject();
                writePrediction(g, prediction);
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

    private void writePrediction(JsonGenerator g, TextPrediction prediction) throws IOException {
        writeLabelAndProbabilities(g, prediction.overall());
        g.writeArrayFieldStart("sentences");
        for (SentencePrediction sentence : prediction.sentences()) {
            g.writeStartObject();
            g.writeStringField("text", sentence.text());
            writeLabelAndProbabilities(g, sentence.prediction());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void writeLabelAndProbabilities(JsonGenerator g, Prediction prediction) throws IOException {
        g.writeStringField("label", prediction.label());
        g.writeObjectFieldStart("probabilities");
        try {
            // forEach, not entrySet(): the maps are new for every prediction, and iterating an
            // unmodifiable map's entries allocates the views, an iterator and a wrapper per entry.
            prediction.probabilities().forEach(new ProbabilityWriter(g, topN));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        g.writeEndObject();
    }

    /** Writes the first {@code topN} entries (all when 0) of a most-probable-first map. */
    private static final class ProbabilityWriter implements BiConsumer<String, Double> {
        private final JsonGenerator generator;
        private final int topN;
        private int written;

        ProbabilityWriter(JsonGenerator generator, int topN) {
            this.generator = generator;
            this.topN = topN;
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
        StringOutput out = new StringOutput();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            body.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string failed", e);
        }
        return out.toString();
    }

    /**
     * Collects what the generator flushes. Jackson buffers output and flushes it at close, so a
     * typical body arrives in one write and becomes its String directly (a StringWriter would grow
     * a StringBuffer from 256 chars, then copy it once more into the String).
     */
    private static final class StringOutput extends Writer {
        private String first;
        private StringBuilder all;

        @Override
        public void write(char[] chars, int offset, int length) {
            if (first == null && all == null) {
                first = new String(chars, offset, length);
            } else {
                more(length).append(chars, offset, length);
            }
        }

        @Override
        public void write(String text, int offset, int length) {
            if (first == null && all == null) {
                first = text.substring(offset, offset + length);
            } else {
                more(length).append(text, offset, offset + length);
            }
        }

        @Override
        public void write(int c) {
            write(new char[] {(char) c}, 0, 1);
        }

        private StringBuilder more(int length) {
            if (all == null) {
                all = new StringBuilder(Math.max(first.length() * 2, first.length() + length));
                all.append(first);
                first = null;
            }
            return all;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return all != null ? all.toString() : first != null ? first : "";
        }
    }
}
