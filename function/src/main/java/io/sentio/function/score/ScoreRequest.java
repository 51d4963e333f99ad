package io.sentio.function.score;

import io.sentio.core.store.S3Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the backlog state machine asks of the scoring function, read from its event:
 * <ul>
 *   <li>first, the execution's own input checked and split for the map's reader:
 *       {@code {"action":"plan","execution":{"input":"s3://b/in/","output":"s3://b/out/"}}} (optionally
 *       {@code "overwrite":true}; the execution's fields may also stand at the top level);</li>
 *   <li>a batch of parts from the Distributed Map ({@code ItemBatcher} with {@code BatchInput}):
 *       {@code {"Items":[{"Key":"in/a.csv",…},…],"BatchInput":{"input":"s3://b/in/","output":"s3://b/out/"}}},
 *       optionally {@code "overwrite": true} in {@code BatchInput};</li>
 *   <li>the summary once the map is done: {@code {"action":"summarise","output":"s3://b/out/"}}.</li>
 * </ul>
 */
sealed interface ScoreRequest {

    /** Score these objects of the input prefix into the output prefix. */
    record Parts(S3Location input, S3Location output, List<String> keys, boolean overwrite) implements ScoreRequest {
        public Parts {
            keys = List.copyOf(keys);
        }
    }

    /** Check the execution's input and output and say where the map lists the parts. */
    record Plan(S3Location input, S3Location output, boolean overwrite) implements ScoreRequest {
    }

    /** Write the summary of every complete part under the output prefix. */
    record Summarise(S3Location output) implements ScoreRequest {
    }

    static ScoreRequest parse(Map<String, Object> event) {
        if (event == null) {
            throw new IllegalArgumentException("empty event: expected Items + BatchInput, or action summarise");
        }
        if ("summarise".equals(event.get("action"))) {
            return new Summarise(prefix(event, "output"));
        }
        if ("plan".equals(event.get("action"))) {
            Map<?, ?> execution = event.get("execution") instanceof Map<?, ?> given ? given : event;
            return new Plan(prefix(execution, "input"), prefix(execution, "output"), overwrite(execution));
        }
        Object batchInput = event.get("BatchInput");
        Object items = event.get("Items");
        if (!(batchInput instanceof Map<?, ?> settings) || !(items instanceof List<?> list)) {
            throw new IllegalArgumentException("expected {\"Items\": [...], \"BatchInput\": {\"input\": \"s3://…/\", "
                    + "\"output\": \"s3://…/\"}} from the Distributed Map, or {\"action\": \"summarise\", ...}; got keys "
                    + event.keySet());
        }
        List<String> keys = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> object) || !(object.get("Key") instanceof String key) || key.isBlank()) {
                throw new IllegalArgumentException("every item needs a \"Key\" (an S3ObjectsItemReader item); got " + item);
            }
            keys.add(key);
        }
        return new Parts(prefix(settings, "input"), prefix(settings, "output"), keys, overwrite(settings));
    }

    private static boolean overwrite(Map<?, ?> settings) {
        return Boolean.TRUE.equals(settings.get("overwrite")) || "true".equals(settings.get("overwrite"));
    }

    private static S3Location prefix(Map<?, ?> settings, String field) {
        if (!(settings.get(field) instanceof String uri) || !S3Location.isS3(uri)) {
            throw new IllegalArgumentException("\"" + field + "\" must be an s3://bucket/prefix/ URI; got "
                    + settings.get(field));
        }
        return S3Location.parse(uri);
    }
}
