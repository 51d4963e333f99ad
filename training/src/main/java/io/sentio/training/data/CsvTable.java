package io.sentio.training.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file (RFC 4180: quoted fields may hold commas, quotes, {@code \n}, {@code \r\n} and
 * bare {@code \r}; records may end in any of those) as a header plus records, in UTF-8 with an
 * optional BOM.
 *
 * <p>A record with the wrong number of fields is skipped as "malformed_row": its cells cannot be
 * trusted to be in their columns. Broken quoting is fatal instead, with the line named: after it
 * the parser no longer knows where records start, so going on would invent rows.
 */
final class CsvTable {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** Handles one well-formed record; bound to the column positions of one header. */
    interface RecordReader {
        void read(CSVRecord record, RowSink sink);
    }

    private CsvTable() {
    }

    /**
     * Streams the CSV at {@code location} into {@code sink}.
     *
     * @param bind binds the header to a record reader; throws {@link DataFormatException} for missing columns
     */
    static ReadSummary read(InputOpener opener, String location, Function<CsvHeader, RecordReader> bind, RowSink sink) {
        try (HashingInputStream bytes = new HashingInputStream(opener.open(location));
             CSVParser parser = FORMAT.parse(reader(bytes))) {
            Iterator<CSVRecord> records = parser.iterator();
            CsvHeader header = new CsvHeader(location, next(records, parser, location)
                    .orElseThrow(() -> new DataFormatException(location + " is empty; expected a CSV with a header"))
                    .toList());
            RecordReader reader = bind.apply(header);
            long rows = 0;
            for (var record = next(records, parser, location); record.isPresent(); record = next(records, parser, location)) {
                rows++;
                if (record.get().size() != header.names().size()) {
                    sink.skip(SkipReasons.MALFORMED_ROW);
                } else {
                    reader.read(record.get(), sink);
                }
            }
            return new ReadSummary(rows, bytes.drainAndHash());
        } catch (IOException | UncheckedIOException e) {
            throw new DataFormatException("cannot read " + location + ": " + e.getMessage(), e);
        }
    }

    /** The first record of a CSV text, i.e. its header, for recognising the layout. */
    static List<String> firstRecord(String text, String location) {
        try (CSVParser parser = FORMAT.parse(reader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            return next(records, parser, location)
                    .orElseThrow(() -> new DataFormatException(location + " is empty; expected a CSV with a header"))
                    .toList();
        } catch (IOException e) {
            throw new DataFormatException("cannot read " + location + ": " + e.getMessage(), e);
        }
    }

    private static Optional<CSVRecord> next(Iterator<CSVRecord> records, CSVParser parser, String location) {
        try {
            return records.hasNext() ? Optional.of(records.next()) : Optional.empty();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException malformed) {
                throw new DataFormatException(location + ": malformed CSV at line " + parser.getCurrentLineNumber()
                        + " (" + malformed.getMessage() + "); cannot go on past broken quoting", e);
            }
            throw new DataFormatException("cannot read " + location + ": " + e.getCause().getMessage(), e);
        }
    }

    private static Reader reader(InputStream in) throws IOException {
        return withoutBom(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024));
    }

    private static Reader reader(String text) throws IOException {
        return withoutBom(new BufferedReader(new StringReader(text)));
    }

    /** Excel writes a BOM; left in, it would become part of the first column's name. */
    private static Reader withoutBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
