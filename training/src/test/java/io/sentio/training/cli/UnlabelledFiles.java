package io.sentio.training.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Labelled CSVs turned into data without labels, in the layouts {@code drift} reads unlabelled:
 * the CSV without its label columns, the texts as JSON Lines, as one text per line, or as parts.
 * Names ending in {@code .gz} are written gzip-compressed.
 */
final class UnlabelledFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private UnlabelledFiles() {
    }

    /** A copy of a CSV (gzip or not) without the named columns. */
    static Path withoutColumns(Path csv, Path out, String... dropped) {
        List<CSVRecord> rows = read(csv);
        List<String> header = rows.get(0).toList();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!List.of(dropped).contains(header.get(i))) {
                kept.add(i);
            }
        }
        try (CSVPrinter printer = new CSVPrinter(writer(out), CSVFormat.DEFAULT)) {
            for (CSVRecord row : rows) {
                printer.printRecord(kept.stream().map(i -> i < row.size() ? row.get(i) : "").toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Each row's named columns joined by a space (empty cells left out), header excluded. */
    static List<String> texts(Path csv, String... columns) {
        List<CSVRecord> rows = read(csv);
        List<String> header = rows.get(0).toList();
        return rows.subList(1, rows.size()).stream().map(row -> String.join(" ", List.of(columns).stream()
                .map(header::indexOf).map(row::get).filter(cell -> !cell.isBlank()).toList())).toList();
    }

    /** One JSON object {@code {"text": …}} a line. */
    static Path jsonl(List<String> texts, Path out) {
        return write(out, texts.stream().map(UnlabelledFiles::jsonLine).toList());
    }

    /** One text a line, line breaks inside a text turned into spaces. */
    static Path lines(List<String> texts, Path out) {
        return write(out, texts.stream().map(t -> t.replaceAll("[\\r\\n]+", " ")).toList());
    }

    /** The texts split over {@code parts} gzip text files under {@code dir}, plus a marker file that is no part. */
    static Path parts(List<String> texts, Path dir, int parts) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("_SUCCESS"), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int size = (texts.size() + parts - 1) / parts;
        for (int p = 0; p < parts; p++) {
            lines(texts.subList(p * size, Math.min(texts.size(), (p + 1) * size)),
                    dir.resolve(String.format("part-%04d.txt.gz", p)));
        }
        return dir;
    }

    private static String jsonLine(String text) {
        try {
            return JSON.writeValueAsString(Map.of("text", text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path out, List<String> lines) {
        try (Writer writer = writer(out)) {
            for (String line : lines) {
                writer.write(line);
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<CSVRecord> read(Path csv) {
        try (Reader in = new InputStreamReader(input(csv), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream input(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    private static Writer writer(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return new OutputStreamWriter(file.toString().endsWith(".gz") ? new GZIPOutputStream(out) : out,
                StandardCharsets.UTF_8);
    }
}
