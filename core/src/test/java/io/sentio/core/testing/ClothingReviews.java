package io.sentio.core.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.sentio.core.text.TextCleaner;
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
 * The repository's own CC0 clothing reviews ({@code data/}), cleaned, with the default
 * star-rating labels: real texts for tests that must hold on real data, always present.
 */
public final class ClothingReviews {
    /** Tests run from the module directory, or from the repository root. */
    private static final List<Path> FILES = List.of(Path.of("..", "data", "womens_clothing_reviews.csv.gz"),
            Path.of("data", "womens_clothing_reviews.csv.gz"));

    /** @param texts  title and review text, cleaned; never blank
     *  @param labels 1-2 stars negative, 3 neutral, 4-5 positive */
    public record Labelled(List<String> texts, List<String> labels) {
    }

    private ClothingReviews() {
    }

    public static Labelled read() {
        Path file = FILES.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("data/womens_clothing_reviews.csv.gz not found"));
        TextCleaner cleaner = new TextCleaner();
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).get();
        try (Reader reader = new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), UTF_8);
                CSVParser parser = format.parse(reader)) {
            for (CSVRecord row : parser) {
                String text = cleaner.clean(row.get("Title") + ". " + row.get("Review Text"));
                if (!text.isBlank()) {
                    texts.add(text);
                    int rating = Integer.parseInt(row.get("Rating"));
                    labels.add(rating <= 2 ? "negative" : rating == 3 ? "neutral" : "positive");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Labelled(List.copyOf(texts), List.copyOf(labels));
    }
}
