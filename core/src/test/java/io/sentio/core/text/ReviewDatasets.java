package io.sentio.core.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The review data sets kept beside the repository ({@code shared/datasets}). They are not
 * part of the build, so a test that needs one is skipped, not failed, where it is absent.
 */
final class ReviewDatasets {
    static final String CLOTHING = "womens_clothing_ecommerce_reviews/Womens Clothing E-Commerce Reviews.csv.gz";
    static final String IMDB = "imdb_aclImdb/aclImdb_labeled.csv.gz";
    static final String EARPHONES = "amazon_in_earphones_reviews/AllProductReviews.csv.gz";

    /** Tests run with the module as working directory; also allow running from the repository root. */
    private static final List<String> ROOTS = List.of("../../shared/datasets", "../shared/datasets");

    private static final CSVFormat WITH_HEADER = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true) // the clothing file's index column has no name
            .get();

    private ReviewDatasets() {
    }

    /** The records of a data set, at most {@code limit}; skips the calling test if the file is absent. */
    static List<CSVRecord> records(String dataset, int limit) {
        Path file = locate(dataset);
        List<CSVRecord> records = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), UTF_8);
                CSVParser parser = WITH_HEADER.parse(reader)) {
            for (CSVRecord record : parser) {
                if (records.size() >= limit) {
                    break;
                }
                records.add(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return records;
    }

    /** One column of a data set, every row. */
    static List<String> column(String dataset, String column) {
        return column(dataset, column, Integer.MAX_VALUE);
    }

    static List<String> column(String dataset, String column, int limit) {
        List<String> values = new ArrayList<>();
        for (CSVRecord record : records(dataset, limit)) {
            values.add(record.get(column));
        }
        return values;
    }

    private static Path locate(String dataset) {
        for (String root : ROOTS) {
            Path file = Path.of(root, dataset);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        assumeTrue(false, () -> "data set not found beside the repository: " + dataset);
        throw new AssertionError("unreachable");
    }
}
