package io.sentio.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** IMDB movie reviews: long, with {@code <br /><br />} paragraphs, ellipses and shouting. */
class ImdbReviewsTest {
    /** Enough reviews for every rule to fire many times, few enough to keep the build quick. */
    private static final int REVIEWS = 5_000;
    private static List<CSVRecord> rows;

    private final TextCleaner cleaner = new TextCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @BeforeAll
    static void readDataSet() {
        rows = ReviewDatasets.records(ReviewDatasets.IMDB, REVIEWS);
    }

    @Test
    void cleaningRemovesEveryBreakTag() {
        assertThat(rows).filteredOn(row -> row.get("review").contains("<br />")).hasSizeGreaterThan(REVIEWS / 2);

        assertThat(rows.stream().map(row -> cleaner.clean(row.get("review"))))
                .filteredOn(clean -> clean.contains("<br"))
                .isEmpty();
    }

    @Test
    void noSentenceIsEmptyOrOnlyPunctuationOrEmoji() {
        List<String> badSentences = new ArrayList<>();
        int sentences = 0;
        for (CSVRecord row : rows) {
            for (String sentence : splitter.split(cleaner.clean(row.get("review")))) {
                sentences++;
                if (!SentenceChecks.isTrimmedWithWords(sentence)) {
                    badSentences.add(sentence);
                }
            }
        }
        assertThat(badSentences).isEmpty();
        assertThat(sentences).isGreaterThan(REVIEWS * 5);
    }

    @Test
    void splitsRealReviewsIntoSentences() {
        assertThat(sentencesOf("train/neg/576_3.txt")).containsExactly(
                "Hi folks",
                "Forget about that movie.",
                "John C. should be ashamed that he appears as executive producer in the credits.",
                "bon jovi has never been and will never be an actor and the FX are a joke.",
                "The first vampires was good ...",
                "and it was the only vampires.",
                "This thing here just wears the same name.",
                "Just a waste of time thinks ...",
                "JAKE Scorpio");
        assertThat(sentencesOf("train/neg/1528_1.txt")).containsExactly(
                "Well, not yet, at least.",
                "It's not listed in the worst 100...",
                "So let's all team up, and put it in it's rightful place.",
                "This is truly a bad movie.",
                "(And I liked Ishtar!) ;)");
        assertThat(sentencesOf("train/neg/1529_1.txt")).containsExactly(
                "If you see this turkey listed in your TV guide, AVOID IT LIKE THE PLAGUE!!!!!!!!!!!!!!!!",
                "A steaming great pile of fetid dingoes kidneys doesn't begin to describe how bad this movie is!",
                "There is only one funny scene (the memory eraser scene) but even that rates only .001 on the"
                        + " laughometer (out of 1000).",
                "Whoever wrote this turkey should be banned from writing another movie for their entire lives.");
    }

    @Test
    void cleaningCleanTextChangesNothing() {
        assertThat(rows.stream().map(row -> cleaner.clean(row.get("review"))))
                .filteredOn(clean -> !cleaner.clean(clean).equals(clean))
                .isEmpty();
    }

    private List<String> sentencesOf(String file) {
        String review = rows.stream()
                .filter(row -> row.get("file").equals(file))
                .findFirst()
                .orElseThrow()
                .get("review");
        return splitter.split(cleaner.clean(review));
    }
}
