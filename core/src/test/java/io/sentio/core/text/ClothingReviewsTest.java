package io.sentio.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The women's clothing reviews: HTML entities (some escaped four times) and lower-cased mojibake. */
class ClothingReviewsTest {
    private static final String REVIEW = "Review Text";
    private static List<CSVRecord> rows;
    private static List<String> titlesAndReviews;

    private final TextCleaner cleaner = new TextCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @BeforeAll
    static void readDataSet() {
        rows = ReviewDatasets.records(ReviewDatasets.CLOTHING, Integer.MAX_VALUE);
        titlesAndReviews = new ArrayList<>();
        for (CSVRecord row : rows) {
            titlesAndReviews.add(row.get("Title"));
            titlesAndReviews.add(row.get(REVIEW));
        }
    }

    @Test
    void cleaningLeavesNoEntityTagOrMojibakeInAnyTitleOrReview() {
        assertThat(titlesAndReviews).filteredOn(ClothingReviewsTest::hasKnownDefect).hasSize(90);

        List<String> cleaned = titlesAndReviews.stream().map(cleaner::clean).toList();

        assertThat(cleaned).filteredOn(ClothingReviewsTest::hasKnownDefect).isEmpty();
        assertThat(cleaned).filteredOn(text -> text.contains("appliqué")).hasSize(12);
    }

    @Test
    void repairsTheLowerCasedMojibakeOfARealReview() {
        assertThat(cleaner.clean(review("5281"))).isEqualTo(
                "The appliqué on this dress is well done. i would recommend it to anyone."
                + " the design is super flattering and feminine.");
    }

    @Test
    void decodesARealReviewThatWasEscapedFourTimes() {
        assertThat(review("2676")).contains("i am 5&amp;amp;amp;amp;#39;8&amp;amp;amp;amp;quot; and");

        assertThat(cleaner.clean(review("2676"))).startsWith(
                "This coat is super cute and flattering. i am 5'8\" and it comes almost to my knee on the back."
                + " i'm usually a small");
    }

    @Test
    void splitsRealReviewsIntoSentences() {
        assertThat(splitter.split(cleaner.clean(review("5281")))).containsExactly(
                "The appliqué on this dress is well done.",
                "i would recommend it to anyone.",
                "the design is super flattering and feminine.");
        assertThat(splitter.split(cleaner.clean(review("20")))).containsExactly(
                "If this product was in petite, i would get the petite.",
                "the regular is a little long on me but a tailor can do a simple fix on that.",
                "fits nicely!",
                "i'm 5'4, 130lb and pregnant so i bough t medium to grow into.",
                "the tie can be front or back so provides for some nice flexibility on form fitting.");
    }

    @Test
    void everyReviewSplitsIntoTrimmedSentencesWithWords() {
        List<String> badSentences = new ArrayList<>();
        for (CSVRecord row : rows) {
            String clean = cleaner.clean(row.get(REVIEW));
            List<String> sentences = splitter.split(clean);
            assertThat(sentences.isEmpty()).as("no sentences for %s", clean).isEqualTo(clean.isEmpty());
            sentences.stream().filter(s -> !SentenceChecks.isTrimmedWithWords(s)).forEach(badSentences::add);
        }
        assertThat(badSentences).isEmpty();
    }

    @Test
    void cleaningCleanTextChangesNothing() {
        assertThat(titlesAndReviews.stream().map(cleaner::clean))
                .filteredOn(clean -> !cleaner.clean(clean).equals(clean))
                .isEmpty();
    }

    private static boolean hasKnownDefect(String text) {
        return text.contains("&#39;") || text.contains("&quot;") || text.contains("&amp;") || text.contains("<br")
                || text.contains("ã©") || text.contains("ã¨") || text.contains("ã¼") || text.contains("â\u00A0");
    }

    /** The review in the row with this value in the file's unnamed index column. */
    private static String review(String index) {
        return rows.stream()
                .filter(row -> row.get(0).equals(index))
                .findFirst()
                .orElseThrow()
                .get(REVIEW);
    }
}
