package io.sentio.local.bench;

import io.sentio.core.model.BundleDirectory;
import io.sentio.core.testing.TestBundles;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What the benchmarks run on: real review texts and the real model when they are there,
 * stand-ins otherwise (and they say so). Paths are relative to the function module, where
 * Maven runs the benchmarks.
 *
 * <ul>
 * <li>{@code SENTIO_BENCH_MODEL}: a bundle directory; default {@code ../models/reviews} (what
 *     {@code scripts/sentio train} writes), else core's tiny test bundle.</li>
 * <li>{@code SENTIO_BENCH_REVIEWS}: the Women's Clothing reviews CSV(.gz); default the shared data set.</li>
 * </ul>
 */
final class BenchData {
    static final Path SHARED_REVIEWS = Path.of("..", "..", "shared", "datasets",
            "womens_clothing_ecommerce_reviews", "Womens Clothing E-Commerce Reviews.csv.gz");
    static final Path DEFAULT_MODEL = Path.of("..", "models", "reviews");
    static final Path LOCAL_JAR = Path.of("target", "sentio-local.jar");

    /** A 300-character review (the median length of the data set) for when the data set is absent. */
    static final String FALLBACK_REVIEW = "I love this dress! The fabric is soft and drapes beautifully, and the "
            + "colour is even richer than in the pictures. I ordered my usual size and it fits perfectly through "
            + "the shoulders and waist. The length hits just below the knee. It wrinkles a little, but I would "
            + "still buy it again in another colour.";

    private BenchData() {
    }

    /** Up to {@code max} non-empty review texts, in file order; stand-ins if the data set is absent. */
    static List<String> reviews(int max) {
        Path file = Path.of(System.getenv().getOrDefault("SENTIO_BENCH_REVIEWS", SHARED_REVIEWS.toString()));
        if (!Files.isRegularFile(file)) {
            System.err.println("reviews: " + file + " not found; using synthetic stand-ins");
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < Math.min(max, 200); i++) {
                texts.add(FALLBACK_REVIEW.substring(0, 100 + i % 200));
            }
            return texts;
        }
        List<String> texts = new ArrayList<>();
        try (Reader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get().parse(reader)) {
            for (CSVRecord record : csv) {
                String text = record.get("Review Text");
                if (text != null && !text.isBlank()) {
                    texts.add(text);
                    if (texts.size() == max) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return texts;
    }

    /** The first real review of 295–305 characters, or the stand-in. */
    static String review300() {
        for (String text : reviews(5_000)) {
            if (text.length() >= 295 && text.length() <= 305) {
                return text;
            }
        }
        return FALLBACK_REVIEW;
    }

    /** The bundle directory to serve: the trained model, or core's test bundle written to a temp dir. */
    static Path bundleDirectory() throws IOException {
        Path model = Path.of(System.getenv().getOrDefault("SENTIO_BENCH_MODEL", DEFAULT_MODEL.toString()));
        if (Files.isRegularFile(model.resolve("manifest.json"))) {
            return model.toAbsolutePath().normalize();
        }
        System.err.println("model: " + model + " has no bundle; using core's TestBundles.sentiment()");
        Path dir = Files.createTempDirectory("sentio-bench-bundle");
        BundleDirectory.write(TestBundles.sentiment(), dir);
        return dir;
    }

    private static java.io.InputStream open(Path file) throws IOException {
        java.io.InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
