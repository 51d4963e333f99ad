package io.sentio.training.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the embedded default data and models live: under the project folder, which
 * scripts/sentio passes as SENTIO_HOME (else the current directory).
 */
final class Defaults {
    static final String DATA_FILE = "data/womens_clothing_reviews.csv.gz";
    static final String MODEL_NAME = "reviews";

    private final Path home;

    Defaults(Map<String, String> env) {
        String value = env.get("SENTIO_HOME");
        this.home = value == null || value.isBlank() ? Path.of("") : Path.of(value);
    }

    String data() {
        return home.resolve(DATA_FILE).toString();
    }

    Path modelDir(String name) {
        return home.resolve("models").resolve(name);
    }

    /** The default model: models/reviews. */
    String model() {
        return modelDir(MODEL_NAME).toString();
    }

    /** "s3://b/tmdb_5000_movies.csv.gz" → "tmdb_5000_movies". */
    static String nameFrom(String data) {
        String last = data.replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        last = last.replaceAll("\\.(gz|tgz)$", "").replaceAll("\\.(csv|jsonl|json|tar)$", "");
        String name = last.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? MODEL_NAME : name;
    }
}
