package io.sentio.training.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.text.TextCleaner;
import io.sentio.training.data.LabelledText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReviewCollectorTest {
    private final SkipCounter skips = new SkipCounter();

    @Test
    void cleansTextAndDropsWhatIsEmptyAfterCleaning() {
        ReviewCollector collector = ReviewCollector.keepingAll(new TextCleaner(), skips);

        collector.accept(LabelledText.of("Great &amp; comfy", "positive"));
        collector.accept(LabelledText.of("<br /><br />", "positive"));

        assertThat(collector.reviews()).extracting(Review::text).containsExactly("Great & comfy");
        assertThat(skips.asMap()).containsEntry("empty_after_cleaning", 1L);
    }

    @Test
    void keepsTheFirstOfDuplicateTextsAndCountsTheRest() {
        ReviewCollector collector = ReviewCollector.keepingAll(new TextCleaner(), skips);

        collector.accept(LabelledText.of("Runs small.", "neutral"));
        collector.accept(LabelledText.of("Runs  small.", "negative"));
        collector.accept(LabelledText.of("Lovely.", "positive"));

        assertThat(collector.reviews()).extracting(Review::label).containsExactly("neutral", "positive");
        assertThat(skips.asMap()).containsEntry("duplicate_text", 1L);
    }

    @Test
    void countsSkipsReportedByTheSource() {
        ReviewCollector collector = ReviewCollector.keepingAll(new TextCleaner(), skips);

        collector.skip("bad_rating");
        collector.skip("bad_rating");

        assertThat(skips.asMap()).containsEntry("bad_rating", 2L);
        assertThat(skips.total()).isEqualTo(2);
    }

    @Test
    void dropsTextsAlreadySeenElsewhere() {
        Set<Long> seen = new HashSet<>();
        ReviewCollector testSet = new ReviewCollector(new TextCleaner(), skips, seen, 0, 1);
        testSet.accept(LabelledText.of("Shared text.", "positive"));
        ReviewCollector trainSet = new ReviewCollector(new TextCleaner(), skips, seen, 0, 1);

        trainSet.accept(LabelledText.of("Shared text.", "positive"));
        trainSet.accept(LabelledText.of("Only in train.", "negative"));

        assertThat(trainSet.reviews()).extracting(Review::text).containsExactly("Only in train.");
    }

    @Test
    void reservoirKeepsExactlyTheSampleSizeAndIsSeeded() {
        List<String> first = sample(42);
        List<String> again = sample(42);
        List<String> other = sample(7);

        assertThat(first).hasSize(100).doesNotHaveDuplicates();
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void reservoirSamplesEveryPartOfTheStreamFairly() {
        int lateRows = 0;
        int draws = 40;
        for (int seed = 0; seed < draws; seed++) {
            lateRows += (int) sample(seed).stream().filter(t -> Integer.parseInt(t.substring(5)) >= 5_000).count();
        }
        // Half of the rows come after row 5,000, so about half of each sample should too.
        assertThat(lateRows / (double) (draws * 100)).isBetween(0.4, 0.6);
    }

    private List<String> sample(long seed) {
        ReviewCollector collector = new ReviewCollector(new TextCleaner(), new SkipCounter(), new HashSet<>(), 100, seed);
        IntStream.range(0, 10_000).forEach(i -> collector.accept(LabelledText.of("text " + i, i % 2 == 0 ? "a" : "b")));
        assertThat(collector.accepted()).isEqualTo(10_000);
        return collector.reviews().stream().map(Review::text).toList();
    }
}
