package io.sentio.core.score;

import io.sentio.core.text.SentenceJoin;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with a header (RFC 4180, as {@code train} reads it). A record with the wrong number of fields
 * is a malformed row; broken quoting ends the part with an error naming the line, since after it
 * the parser no longer knows where records start and going on would invent rows.
 */
final class CsvRows implements RowReader {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int width;
    private final List<Integer> textAt;
    private final Optional<Integer> idAt;
    private long number;

    CsvRows(InputStream in, String name, Columns columns) {
        this.name = name;
        try {
            this.parser = FORMAT.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScoreException("cannot read " + name + ": " + e.getMessage(), e);
        }
        this.records = parser.iterator();
        List<String> header = nextRecord().map(CSVRecord::toList)
                .orElseThrow(() -> new ScoreException(name + " is empty; expected a CSV with a header"));
        this.width = header.size();
        this.textAt = textColumns(header, columns);
        this.idAt = columns.id().isPresent() ? Optional.of(require(header, columns.id().get(), "--id-column"))
                : Columns.find(header, Columns.DEFAULT_ID);
    }

    @Override
    public Optional<Row> next() {
        Optional<CSVRecord> record = nextRecord();
        if (record.isEmpty()) {
            return Optional.empty();
        }
        number++;
        CSVRecord r = record.get();
        RowId id = idAt.filter(at -> at < r.size()).map(at -> RowId.text(r.get(at))).orElse(RowId.number(number));
        if (r.size() != width) {
            return Optional.of(Row.malformed(id));
        }
        if (textAt.size() == 1) {
            return Optional.of(Row.of(id, r.get(textAt.get(0))));
        }
        List<String> parts = new ArrayList<>(textAt.size());
        textAt.forEach(at -> parts.add(r.get(at)));
        return Optional.of(Row.of(id, SentenceJoin.join(parts)));
    }

    private List<Integer> textColumns(List<String> header, Columns columns) {
        if (!columns.text().isEmpty()) {
            return columns.text().stream().map(column -> require(header, column, "--text-column")).toList();
        }
        for (List<String> known : Columns.KNOWN_CSV_TEXT) {
            List<Optional<Integer>> found = known.stream().map(column -> Columns.find(header, column)).toList();
            if (found.stream().allMatch(Optional::isPresent)) {
                return found.stream().map(Optional::get).toList();
            }
        }
        throw new ScoreException("cannot tell which column of " + name + " holds the text: its columns are "
                + header + "; name it with --text-column");
    }

    private int require(List<String> header, String column, String option) {
        return Columns.find(header, column).orElseThrow(() -> new ScoreException(
                name + " has no column '" + column + "' (" + option + "); its columns are " + header));
    }

    private Optional<CSVRecord> nextRecord() {
        try {
            return records.hasNext() ? Optional.of(records.next()) : Optional.empty();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw new ScoreException(name + ": malformed CSV at line " + parser.getCurrentLineNumber()
                        + " (" + e.getCause().getMessage() + ")", e);
            }
            throw new ScoreException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // reading is over
        }
    }
}
