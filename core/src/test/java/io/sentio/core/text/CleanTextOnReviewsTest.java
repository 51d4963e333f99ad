package io.sentio.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On real reviews (IMDB's markup, the clothing set's lower-cased mojibake and escaped entities,
 * the earphone set's emoji), cleaning with offsets gives the very clean text, and each word of it
 * comes from a piece of the review that cleans to that word.
 */
class CleanTextOnReviewsTest {
    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void imdbReviews() {
        check(ReviewDatasets.column(ReviewDatasets.IMDB, "review", 3_000));
    }

    @Test
    void clothingReviews() {
        check(ReviewDatasets.column(ReviewDatasets.CLOTHING, "Review Text", 10_000));
    }

    @Test
    void earphoneReviews() {
        check(ReviewDatasets.column(ReviewDatasets.EARPHONES, "ReviewBody", 5_000));
    }

    private void check(List<String> reviews) {
        List<String> problems = new ArrayList<>();
        int words = 0;
        for (String raw : reviews) {
            CleanText clean = cleaner.cleanWithOffsets(raw);
            if (!clean.text().equals(cleaner.clean(raw))) {
                problems.add("text differs: " + raw);
                continue;
            }
            String text = clean.text();
            int start = 0;
            while (start < text.length()) {
                int end = start;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                if (end > start) {
                    words++;
                    int[] range = clean.sourceRange(start, end);
                    String source = raw.substring(range[0], range[1]);
                    String word = text.substring(start, end);
                    if (!cleaner.clean(source).equals(word)) {
                        problems.add("'" + word + "' from '" + source + "'");
                    }
                }
                start = end + 1;
            }
        }
        assertThat(words).isGreaterThan(reviews.size());
        assertThat(problems).as("%s problems, e.g. %s", problems.size(), problems.stream().limit(10).toList())
                .isEmpty();
    }
}
