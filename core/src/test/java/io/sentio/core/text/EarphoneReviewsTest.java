package io.sentio.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Amazon.in earphone reviews: short, informal, emoji, wrapped in scraping whitespace. */
class EarphoneReviewsTest {
    private static List<String> reviews;

    private final TextCleaner cleaner = new TextCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @BeforeAll
    static void readDataSet() {
        reviews = ReviewDatasets.column(ReviewDatasets.EARPHONES, "ReviewBody");
    }

    @Test
    void cleaningTrimsTheScrapingWhitespace() {
        assertThat(reviews).filteredOn(review -> !review.equals(review.strip())).hasSizeGreaterThan(10_000);

        assertThat(reviews.stream().map(cleaner::clean))
                .filteredOn(clean -> !clean.equals(clean.strip()) || clean.contains("  "))
                .isEmpty();
    }

    @Test
    void emojiStayWithASentenceThatHasWords() {
        List<String> emojiReviews = reviews.stream().filter(EarphoneReviewsTest::hasEmoji).toList();
        assertThat(emojiReviews).hasSizeGreaterThan(100);

        List<String> badSentences = new ArrayList<>();
        for (String review : emojiReviews) {
            String clean = cleaner.clean(review);
            List<String> sentences = splitter.split(clean);
            if (clean.codePoints().noneMatch(Character::isLetterOrDigit)) {
                // Emoji-only reviews ("👍👍") stay one sentence: the signal is all there is.
                assertThat(sentences).containsExactly(clean);
            } else {
                sentences.stream().filter(s -> !SentenceChecks.isTrimmedWithWords(s)).forEach(badSentences::add);
            }
        }
        assertThat(badSentences).isEmpty();
    }

    @Test
    void splitsRealReviewsIntoSentences() {
        assertThat(sentencesOf("Its Awesome... Good sound quality")).containsExactly(
                "Its Awesome...",
                "Good sound quality & 8-9 hrs battery life...",
                "Just waww look... 😉",
                "I brought just 999 rupees...",
                "But Amazon's Packageing system is Very bad...",
                "Very poor packaging...",
                "Flipcart's packaging system is much better than Amazon...");
        assertThat(sentencesOf("Got this for Rs. 999.")).startsWith(
                "Got this for Rs. 999.",
                "A great deal for the price.",
                "Bought it socially for multipoint features.",
                "Works great with 2 mobiles but I have found that it keeps running into connecting issues with a"
                        + " Windows 10 laptop.");
    }

    private List<String> sentencesOf(String reviewStart) {
        String review = reviews.stream()
                .filter(text -> text.strip().startsWith(reviewStart))
                .findFirst()
                .orElseThrow();
        return splitter.split(cleaner.clean(review));
    }

    private static boolean hasEmoji(String text) {
        return text.codePoints().anyMatch(cp -> Character.getType(cp) == Character.OTHER_SYMBOL && cp > 0x2000);
    }
}
