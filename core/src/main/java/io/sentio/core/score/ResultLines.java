package io.sentio.core.score;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.sentio.core.decision.Task;
import io.sentio.core.model.Prediction;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The one place a scored row becomes an output line: {@code {"id":…,"label":…,"probabilities":{…}}}
 * for a single-label model, {@code "labels":[…]} in place of {@code label} for a multi-label one, and
 * {@code {"id":…,"error":"<reason>"}} for a row that could not be scored. One line per row.
 */
final class ResultLines {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final boolean multiLabel;

    ResultLines(Task task) {
        this.multiLabel = task == Task.MULTI_LABEL;
    }

    /** A generator for one batch of lines; close it to flush. */
    JsonGenerator open(OutputStream out) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out);
        generator.setRootValueSeparator(null);
        return generator;
    }

    void scored(JsonGenerator g, RowId id, Prediction prediction) throws IOException {
        g.writeStartObject();
        id(g, id);
        if (multiLabel) {
            g.writeArrayFieldStart("labels");
            for (String label : chosenLabels(prediction)) {
                g.writeString(label);
            }
            g.writeEndArray();
        } else {
            g.writeStringField("label", prediction.label());
        }
        g.writeObjectFieldStart("probabilities");
        for (Map.Entry<String, Double> p : prediction.probabilities().entrySet()) {
            g.writeNumberField(p.getKey(), p.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    void error(JsonGenerator g, RowId id, RowError reason) throws IOException {
        g.writeStartObject();
        id(g, id);
        g.writeStringField("error", reason.wireName());
        g.writeEndObject();
        g.writeRaw('\n');
    }

    /** The labels a multi-label prediction chose; {@link Prediction} carries one label today. */
    private static List<String> chosenLabels(Prediction prediction) {
        return List.of(prediction.label());
    }

    private static void id(JsonGenerator g, RowId id) throws IOException {
        g.writeFieldName("id");
        if (id.numeric()) {
            g.writeNumber(id.value());
        } else {
            g.writeString(id.value());
        }
    }
}
