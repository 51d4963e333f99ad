package io.sentio.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermStatisticsTest {
    private static final FeatureConfig UNIGRAMS = new FeatureConfig(true, 1, 1, 0, TermWeighting.TF, true, false);

    private static final List<String> TEXTS = List.of("great great film", "great fun film", "awful film", "dull film");
    private static final List<String> LABELS = List.of("pos", "pos", "neg", "neg");

    @Test
    void countsEachTermOncePerTextAndLabel() {
        TermStatistics statistics = TermStatistics.count(UNIGRAMS, TEXTS, LABELS);

        assertThat(statistics.labels()).containsExactly("neg", "pos");
        assertThat(statistics.documents()).isEqualTo(4);
        assertThat(statistics.frequencies().get("great")).containsExactly(0, 2);
        assertThat(statistics.frequencies().get("film")).containsExactly(2, 2);
        assertThat(statistics.documentFrequencies()).contains(entry("great", 2), entry("film", 4), entry("dull", 1));
    }

    @Test
    void nbStrengthIsTheSmoothedLogRatioAndZeroForATermEveryLabelShares() {
        TermStatistics statistics = TermStatistics.count(UNIGRAMS, TEXTS, LABELS);

        // great: P(great | pos) = (2 + 1) / (2 + 2), P(great | neg) = (0 + 1) / (2 + 2)
        assertThat(statistics.nbStrength(statistics.frequencies().get("great"))).isCloseTo(Math.log(3), within(1e-12));
        assertThat(statistics.nbStrength(statistics.frequencies().get("film"))).isZero();
    }

    @Test
    void nbStrengthWithThreeLabelsIsTheStrongestOneAgainstTheRest() {
        TermStatistics statistics = TermStatistics.count(UNIGRAMS, List.of("meh", "meh ok", "good", "bad"),
                List.of("neutral", "neutral", "positive", "negative"));

        // meh: neutral (2 + 1) / (2 + 2) against the rest (0 + 1) / (2 + 2)
        assertThat(statistics.nbStrength(statistics.frequencies().get("meh"))).isCloseTo(Math.log(3), within(1e-12));
    }
}
