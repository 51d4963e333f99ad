package io.sentio.core.score;

import io.sentio.core.text.SentenceJoin;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rows that arrive already parsed: a Step Functions Distributed Map reads one large CSV or JSON
 * Lines file itself ({@code ItemReader}) and hands the scoring function batches of its rows. A CSV
 * row is its fields by header name (all strings); a JSON Lines row is the line's value. The text
 * and id are chosen as {@link CsvRows} and {@link JsonlRows} choose them, so a file scored this way
 * gives the lines {@code sentio score} would give; a row whose number the map supplies keeps it.
 */
public final class RecordRows implements RowReader {

    /**
     * One parsed row.
     *
     * @param number the row's 1-based number in its file (header excluded), its id without an id column
     * @param value  a CSV row's fields by header, or a JSON Lines value (an object, or anything else: malformed)
     */
    public record Record(long number, Object value) {
    }

    private final Iterator<Record> records;
    private final String name;
    private final InputFormat format;
    private final Columns columns;
    private List<String> textFields;

    /** @param format {@link InputFormat#CSV} or {@link InputFormat#JSONL}; {@code name} is for messages */
    public RecordRows(List<Record> records, String name, InputFormat format, Columns columns) {
        if (format == InputFormat.TEXT) {
            throw new IllegalArgumentException("rows handed over parsed are CSV or JSON Lines, not plain text");
        }
        this.records = List.copyOf(records).iterator();
        this.name = name;
        this.format = format;
        this.columns = columns;
    }

    @Override
    public Optional<Row> next() {
        if (!records.hasNext()) {
            return Optional.empty();
        }
        Record record = records.next();
        if (!(record.value() instanceof Map<?, ?> fields)) {
            return Optional.of(Row.malformed(RowId.number(record.number())));
        }
        RowId id = id(fields, record.number());
        List<String> text = textFields(fields);
        if (text.stream().noneMatch(fields::containsKey)) {
            return Optional.of(Row.malformed(id));
        }
        List<String> parts = new ArrayList<>(text.size());
        text.forEach(field -> parts.add(text(fields.get(field))));
        return Optional.of(Row.of(id, parts.size() == 1 ? parts.get(0) : SentenceJoin.join(parts)));
    }

    private RowId id(Map<?, ?> fields, long number) {
        Object value = fields.get(columns.id().orElse(Columns.DEFAULT_ID));
        if (value instanceof Number) {
            return new RowId(value.toString(), true);
        }
        if (value instanceof String || value instanceof Boolean) {
            return RowId.text(value.toString());
        }
        return RowId.number(number);
    }

    /** CSV: named columns or a known layout, found in the first row's header names; JSONL: named fields or {@code text}. */
    private List<String> textFields(Map<?, ?> fields) {
        if (textFields != null) {
            return textFields;
        }
        if (format == InputFormat.JSONL) {
            textFields = columns.text().isEmpty() ? List.of(Columns.DEFAULT_JSONL_TEXT) : columns.text();
            return textFields;
        }
        List<String> header = fields.keySet().stream().map(Object::toString).toList();
        List<List<String>> candidates = columns.text().isEmpty() ? Columns.KNOWN_CSV_TEXT : List.of(columns.text());
        for (List<String> known : candidates) {
            List<Optional<Integer>> found = known.stream().map(column -> Columns.find(header, column)).toList();
            if (found.stream().allMatch(Optional::isPresent)) {
                textFields = found.stream().map(at -> header.get(at.get())).toList();
                return textFields;
            }
        }
        throw new ScoreException("cannot tell which column of " + name + " holds the text: its columns are "
                + header + (columns.text().isEmpty() ? "; name it with --text-column" : ""));
    }

    /** Strings, numbers and booleans are text; absent, null and nested values are none. */
    private static String text(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean ? value.toString() : "";
    }

    @Override
    public void close() {
        // nothing to release: the rows are in memory
    }
}
