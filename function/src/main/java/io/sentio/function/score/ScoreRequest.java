package io.sentio.function.score;

import io.sentio.core.score.InputFormat;
import io.sentio.core.score.RecordRows;
import io.sentio.core.store.S3Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the backlog state machine asks of the scoring function, read from its event:
 * <ul>
 *   <li>first, the execution's own input checked and split for the map's reader:
 *       {@code {"action":"plan","execution":{"input":"s3://b/in/","output":"s3://b/out/"}}} (optionally
 *       {@code "overwrite":true}; the execution's fields may also stand at the top level). An input
 *       naming one {@code .csv} or {@code .jsonl}/{@code .ndjson} file rather than a prefix is scored
 *       by rows;</li>
 *   <li>a batch of parts from the Distributed Map ({@code ItemBatcher} with {@code BatchInput}):
 *       {@code {"Items":[{"Key":"in/a.csv",…},…],"BatchInput":{"input":"s3://b/in/","output":"s3://b/out/"}}},
 *       optionally {@code "overwrite": true} in {@code BatchInput};</li>
 *   <li>a batch of one large file's rows, as the map's CSV or JSONL reader parsed them, each with its
 *       0-based position ({@code ItemSelector}):
 *       {@code {"Items":[{"index":0,"row":{…}},…],"BatchInput":{"file":"s3://b/in/big.csv","format":"csv",
 *       "output":"s3://b/out/"}}};</li>
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

    /** Score these rows of one file into one output part of the output prefix. */
    record Rows(S3Location file, InputFormat format, S3Location output, List<RecordRows.Record> records,
            boolean overwrite) implements ScoreRequest {
        public Rows {
            records = List.copyOf(records);
        }

        /** The first row's 1-based number: what the batch's output part is named after. */
        long firstRow() {
            return records.stream().mapToLong(RecordRows.Record::number).min().orElse(1);
        }
    }

    /**
     * Check the execution's input and output and say where the map reads: a prefix of parts, or one
     * file ({@code file} present) whose rows the map reads itself.
     */
    record Plan(S3Location input, S3Location output, boolean overwrite, Optional<InputFormat> file)
            implements ScoreRequest {
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
            S3Location input = prefix(execution, "input");
            return new Plan(input, prefix(execution, "output"), overwrite(execution),
                    singleFile((String) execution.get("input")));
        }
        Object batchInput = event.get("BatchInput");
        Object items = event.get("Items");
        if (!(batchInput instanceof Map<?, ?> settings) || !(items instanceof List<?> list)) {
            throw new IllegalArgumentException("expected {\"Items\": [...], \"BatchInput\": {\"input\": \"s3://…/\", "
                    + "\"output\": \"s3://…/\"}} from the Distributed Map, or {\"action\": \"summarise\", ...}; got keys "
                    + event.keySet());
        }
        if (settings.containsKey("file")) {
            return rows(settings, list);
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

    private static Rows rows(Map<?, ?> settings, List<?> items) {
        List<RecordRows.Record> records = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> object) || !(object.get("index") instanceof Number index)
                    || !object.containsKey("row")) {
                throw new IllegalArgumentException("every item of a file's rows needs an \"index\" and a \"row\" "
                        + "(the map's ItemSelector); got " + item);
            }
            records.add(new RecordRows.Record(index.longValue() + 1, object.get("row")));
        }
        S3Location file = prefix(settings, "file");
        InputFormat format = settings.get("format") instanceof String name ? InputFormat.parse(name) : null;
        if (format == null || format == InputFormat.TEXT) {
            throw new IllegalArgumentException("\"format\" must be csv or jsonl for a file's rows; got "
                    + settings.get("format"));
        }
        return new Rows(file, format, prefix(settings, "output"), records, overwrite(settings));
    }

    /**
     * The format of an input naming one file rather than a prefix (no trailing '/'), which Step
     * Functions reads row by row: uncompressed CSV or JSON Lines only. Anything else without a
     * trailing '/' and without a data extension is a prefix, as before.
     */
    static Optional<InputFormat> singleFile(String uri) {
        if (uri.endsWith("/")) {
            return Optional.empty();
        }
        String name = uri.substring(uri.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(InputFormat.CSV);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(InputFormat.JSONL);
        }
        for (String other : List.of(".gz", ".json", ".txt", ".tsv")) {
            if (name.endsWith(other)) {
                throw new IllegalArgumentException("a single file is read row by row by Step Functions, which takes "
                        + "an uncompressed .csv or .jsonl/.ndjson; to score " + uri + " put it under a prefix and "
                        + "give that prefix, ending in '/'");
            }
        }
        return Optional.empty();
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
