package io.sentio.training.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads a label from a CSV cell or a JSON value. A plain value is the label as is. A list of
 * labels (multi-label data such as TMDB genres, {@code [{"id": 28, "name": "Action"}, …]},
 * {@code ["Drama", "Crime"]} or {@code [18, 80]}) gives its FIRST element, or that element's
 * {@code name}: one class per row, by the common "first listed genre" convention. With label sets
 * ({@code --multi-label}) the whole set is read instead, by {@link LabelSetValue}.
 */
final class LabelValue {
    /** Python's str(list) writes single quotes; accepting them costs nothing. */
    private final ObjectMapper json = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();
    /** Set when rows hold label sets: then every cell is read whole by it. */
    private final LabelSetValue sets;

    LabelValue() {
        this.sets = null;
    }

    /** Label sets ({@code --multi-label}): split on {@code separator}, renamed through {@code labelMap}. */
    LabelValue(String separator, java.util.Map<String, String> labelMap) {
        this.sets = new LabelSetValue(json, separator, labelMap);
    }

    RowLabel fromCell(String cell) {
        if (sets != null) {
            return sets.fromCell(cell);
        }
        String value = cell.strip();
        if (value.isEmpty()) {
            return RowLabel.skipped(SkipReasons.MISSING_LABEL);
        }
        if (!value.startsWith("[") && !value.startsWith("{")) {
            return RowLabel.of(value);
        }
        try {
            return fromNode(json.readTree(value));
        } catch (JsonProcessingException e) {
            return RowLabel.skipped(SkipReasons.MALFORMED_LABEL);
        }
    }

    RowLabel fromNode(JsonNode node) {
        if (sets != null) {
            return sets.fromNode(node);
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return RowLabel.skipped(SkipReasons.MISSING_LABEL);
        }
        if (node.isTextual()) {
            return fromCell(node.textValue());
        }
        if (node.isNumber() || node.isBoolean()) {
            return RowLabel.of(node.asText());
        }
        if (node.isArray()) {
            return node.isEmpty() ? RowLabel.skipped(SkipReasons.MISSING_LABEL) : element(node.get(0));
        }
        return element(node);
    }

    private RowLabel element(JsonNode first) {
        if (first.isObject()) {
            JsonNode name = first.get("name");
            return name != null && name.isValueNode() && !name.isNull()
                    ? fromCell(name.asText())
                    : RowLabel.skipped(SkipReasons.MALFORMED_LABEL);
        }
        if (first.isArray()) {
            return RowLabel.skipped(SkipReasons.MALFORMED_LABEL);
        }
        return fromNode(first);
    }
}
