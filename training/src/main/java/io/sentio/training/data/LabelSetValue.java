package io.sentio.training.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a label SET from a CSV cell or a JSON value: a JSON list (of names, numbers, or objects
 * whose {@code name} is taken, as TMDB's {@code genres}), or a plain string split on the separator
 * ({@code Drama|Comedy}). Labels are stripped, empty ones dropped, duplicates kept once, in the
 * order given; then renamed through the label map when there is one. A row whose set ends up
 * empty has no label; one whose cell cannot be read as a set is malformed.
 */
final class LabelSetValue {
    private final ObjectMapper json;
    private final Pattern separator;
    private final Map<String, String> labelMap;

    LabelSetValue(ObjectMapper json, String separator, Map<String, String> labelMap) {
        this.json = json;
        this.separator = Pattern.compile(Pattern.quote(separator));
        this.labelMap = Map.copyOf(labelMap);
    }

    RowLabel fromCell(String cell) {
        String value = cell.strip();
        if (value.isEmpty()) {
            return RowLabel.skipped(SkipReasons.MISSING_LABEL);
        }
        if (value.startsWith("[") || value.startsWith("{")) {
            try {
                return fromNode(json.readTree(value));
            } catch (JsonProcessingException e) {
                return RowLabel.skipped(SkipReasons.MALFORMED_LABEL);
            }
        }
        return named(List.of(separator.split(value)));
    }

    RowLabel fromNode(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return RowLabel.skipped(SkipReasons.MISSING_LABEL);
        }
        if (node.isTextual()) {
            return fromCell(node.textValue());
        }
        if (node.isNumber() || node.isBoolean()) {
            return named(List.of(node.asText()));
        }
        if (!node.isArray()) {
            return RowLabel.skipped(SkipReasons.MALFORMED_LABEL);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode element : node) {
            if (element.isObject()) {
                JsonNode name = element.get("name");
                if (name == null || !name.isValueNode() || name.isNull()) {
                    return RowLabel.skipped(SkipReasons.MALFORMED_LABEL);
                }
                names.add(name.asText());
            } else if (element.isValueNode() && !element.isNull()) {
                names.add(element.asText());
            } else {
                return RowLabel.skipped(SkipReasons.MALFORMED_LABEL);
            }
        }
        return named(names);
    }

    private RowLabel named(List<String> raw) {
        Set<String> labels = new LinkedHashSet<>();
        for (String label : raw) {
            String stripped = label.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (labelMap.isEmpty()) {
                labels.add(stripped);
            } else if (labelMap.containsKey(stripped)) {
                labels.add(labelMap.get(stripped));
            } else {
                return RowLabel.skipped(SkipReasons.UNMAPPED_LABEL);
            }
        }
        return labels.isEmpty() ? RowLabel.skipped(SkipReasons.MISSING_LABEL) : RowLabel.ofSet(List.copyOf(labels));
    }
}
