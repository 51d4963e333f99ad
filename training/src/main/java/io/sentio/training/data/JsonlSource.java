package io.sentio.training.data;

import io.sentio.core.text.SentenceJoin;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON Lines: one JSON object per line, text and label in top-level fields named by the user
 * ({@code text} and {@code label} unless told otherwise). Blank lines are ignored; a line that is
 * not a JSON object is skipped as "malformed_row". The field names are checked against the first
 * object, since JSONL has no header; a later object without them is skipped as empty or unlabelled.
 */
final class JsonlSource implements DataSource {
    static final String DEFAULT_TEXT_FIELD = "text";
    static final String DEFAULT_LABEL_FIELD = "label";

    private final InputOpener opener;
    private final String location;
    private final List<String> textFields;
    private final String labelField;
    private final LabelValue labels;

    JsonlSource(InputOpener opener, String location, List<String> textFields, String labelField, LabelValue labels) {
        this.opener = opener;
        this.location = location;
        this.textFields = List.copyOf(textFields);
        this.labelField = labelField;
        this.labels = labels;
    }

    static JsonlSource of(InputOpener opener, String location, LoadOptions options, LabelValue labels) {
        List<String> text = options.textColumns().isEmpty() ? List.of(DEFAULT_TEXT_FIELD) : options.textColumns();
        return new JsonlSource(opener, location, text, options.labelColumn().orElse(DEFAULT_LABEL_FIELD), labels);
    }

    @Override
    public String layout() {
        return "JSONL (text from " + String.join(" + ", textFields) + ", label from " + labelField + ")";
    }

    @Override
    public String format() {
        return LoadOptions.JSONL;
    }

    @Override
    public ReadSummary read(RowSink sink) {
        ObjectMapper json = new ObjectMapper();
        try (HashingInputStream bytes = new HashingInputStream(opener.open(location));
             BufferedReader lines = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 64 * 1024)) {
            long rows = 0;
            boolean fieldsChecked = false;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                line = rows == 0 ? line.replace("\uFEFF", "") : line;
                if (line.isBlank()) {
                    continue;
                }
                rows++;
                Optional<JsonNode> object = object(json, line);
                if (object.isEmpty()) {
                    sink.skip(SkipReasons.MALFORMED_ROW);
                    continue;
                }
                if (!fieldsChecked) {
                    checkFields(object.get());
                    fieldsChecked = true;
                }
                String text = SentenceJoin.join(textFields.stream().map(f -> text(object.get().get(f))).toList());
                labels.fromNode(object.get().get(labelField)).offer(sink, text, Optional.empty());
            }
            return new ReadSummary(rows, bytes.drainAndHash());
        } catch (IOException | UncheckedIOException e) {
            throw new DataFormatException("cannot read " + location + ": " + e.getMessage(), e);
        }
    }

    /** Checks the fields against the first line before any reading, when that line is a JSON object. */
    void checkFields(String firstLine) {
        object(new ObjectMapper(), firstLine).ifPresent(this::checkFields);
    }

    /** Throws {@link DataFormatException} when a named field is not in {@code first}, listing its fields. */
    private void checkFields(JsonNode first) {
        List<String> missing = new ArrayList<>(textFields);
        missing.add(labelField);
        missing.removeIf(first::has);
        if (!missing.isEmpty()) {
            List<String> present = new ArrayList<>();
            first.fieldNames().forEachRemaining(present::add);
            throw new DataFormatException(location + " has no field " + missing
                    + " in its first object (name them with --text-column/--label-column); its fields are " + present);
        }
    }

    private static Optional<JsonNode> object(ObjectMapper json, String line) {
        try {
            JsonNode node = json.readTree(line);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Strings, numbers and booleans are text; absent, null and nested values count as no text. */
    private static String text(JsonNode value) {
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : "";
    }
}
