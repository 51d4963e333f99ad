package io.sentio.training.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Copies of the 1,200 real clothing reviews for the lifecycle tests: a training part, a held-out
 * part, and a training part whose star ratings are shuffled between rows, so a model trained on it
 * learns nothing (the "deliberately worse candidate").
 */
record ReviewFiles(Path train, Path holdout, Path shuffledTrain) {
    static final int HOLDOUT_ROWS = 300;
    private static final String RATING = "Rating";

    /** Writes the three files into {@code dir}. */
    static ReviewFiles writeTo(Path dir) {
        List<CSVRecord> rows = read(Path.of(SentioCliTest.fixture()));
        List<String> header = rows.get(0).toList();
        List<CSVRecord> body = rows.subList(1, rows.size());
        int split = body.size() - HOLDOUT_ROWS;
        ReviewFiles files = new ReviewFiles(dir.resolve("train.csv"), dir.resolve("holdout.csv"),
                dir.resolve("shuffled-train.csv"));
        write(files.train(), header, body.subList(0, split).stream().map(CSVRecord::toList).toList());
        write(files.holdout(), header, body.subList(split, body.size()).stream().map(CSVRecord::toList).toList());
        write(files.shuffledTrain(), header, shuffleColumn(body.subList(0, split), header.indexOf(RATING)));
        return files;
    }

    private static List<List<String>> shuffleColumn(List<CSVRecord> rows, int column) {
        List<String> ratings = new ArrayList<>(rows.stream().map(r -> r.get(column)).toList());
        Collections.shuffle(ratings, new Random(7));
        List<List<String>> shuffled = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>(rows.get(i).toList());
            row.set(column, ratings.get(i));
            shuffled.add(row);
        }
        return shuffled;
    }

    private static List<CSVRecord> read(Path gz) {
        try (Reader in = new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, List<String> header, List<List<String>> rows) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(header);
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
