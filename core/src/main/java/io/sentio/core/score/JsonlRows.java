package io.sentio.core.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.core.text.SentenceJoin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON Lines: one object per line, the text in field {@code text} (or the {@code --text-column}
 * fields, joined). Blank lines are not rows. A line that is not a JSON object, or an object without
 * any of the text fields, is a malformed row; a text field that is null counts as empty.
 */
final class JsonlRows implements RowReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader lines;
    private final String name;
    private final List<String> textFields;
    private final String idField;
    private long number;

    JsonlRows(InputStream in, String name, Columns columns) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        this.name = name;
        this.textFields = columns.text().isEmpty() ? List.of(Columns.DEFAULT_JSONL_TEXT) : columns.text();
        this.idField = columns.id().orElse(Columns.DEFAULT_ID);
    }

    @Override
    public Optional<Row> next() {
        String line = nextLine();
        while (line != null && line.isBlank()) {
            line = nextLine();
        }
        if (line == null) {
            return Optional.empty();
        }
        number++;
        Optional<JsonNode> object = object(number == 1 ? line.replace("\uFEFF", "") : line);
        RowId id = object.map(o -> o.get(idField)).filter(JsonNode::isValueNode).filter(v -> !v.isNull())
                .map(v -> v.isNumber() ? new RowId(v.asText(), true) : RowId.text(v.asText()))
                .orElse(RowId.number(number));
        if (object.isEmpty() || textFields.stream().noneMatch(object.get()::has)) {
            return Optional.of(Row.malformed(id));
        }
        List<String> parts = new ArrayList<>(textFields.size());
        textFields.forEach(field -> parts.add(text(object.get().get(field))));
        return Optional.of(Row.of(id, parts.size() == 1 ? parts.get(0) : SentenceJoin.join(parts)));
    }

    private String nextLine() {
        try {
            return lines.readLine();
        } catch (IOException e) {
            throw new ScoreException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static Optional<JsonNode> object(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Strings, numbers and booleans are text; absent, null and nested values are none. */
    private static String text(JsonNode value) {
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException ignored) {
            // reading is over
        }
    }
}
