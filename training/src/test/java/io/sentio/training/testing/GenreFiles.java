package io.sentio.training.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic multi-label data for tests that train: movie blurbs made of the words of one to three
 * genres (plus words common to all), with their genres as a {@code |}-separated set. Learnable in
 * a few epochs, so a trained model must find most sets.
 */
public final class GenreFiles {
    public static final List<String> GENRES = List.of("Action", "Comedy", "Horror", "Romance");
    private static final List<List<String>> WORDS = List.of(
            List.of("explosion", "chase", "gun", "fight", "soldier", "mission", "battle", "escape"),
            List.of("funny", "hilarious", "prank", "clumsy", "joke", "party", "silly", "laugh"),
            List.of("ghost", "haunted", "blood", "scream", "demon", "killer", "terror", "curse"),
            List.of("love", "kiss", "wedding", "heart", "romance", "date", "passion", "couple"));
    private static final List<String> COMMON = List.of("a", "the", "man", "woman", "city", "life", "story",
            "new", "finds", "must");

    private GenreFiles() {
    }

    /** {@code n} rows of {@code overview,genres} (CSV), seeded. */
    public static Path csv(Path target, int n, long seed) {
        StringBuilder csv = new StringBuilder("overview,genres\n");
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            List<Integer> genres = genres(random);
            csv.append(text(random, genres, i)).append(',')
                    .append(String.join("|", genres.stream().map(GENRES::get).toList())).append('\n');
        }
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            return Files.writeString(target, csv.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Integer> genres(Random random) {
        List<Integer> genres = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (genres.size() < count) {
            int g = random.nextInt(GENRES.size());
            if (!genres.contains(g)) {
                genres.add(g);
            }
        }
        return genres;
    }

    private static String text(Random random, List<Integer> genres, int i) {
        List<String> words = new ArrayList<>();
        for (int w = 0; w < 12; w++) {
            List<String> pool = w % 3 == 2 ? COMMON : WORDS.get(genres.get(random.nextInt(genres.size())));
            words.add(pool.get(random.nextInt(pool.size())));
        }
        return String.join(" ", words) + " number" + i;
    }
}
