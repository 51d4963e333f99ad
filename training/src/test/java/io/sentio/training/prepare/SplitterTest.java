package io.sentio.training.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.core.text.SentenceSplitter;
import io.sentio.training.data.Split;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SplitterTest {

    private static List<Review> reviews(int positives, int negatives) {
        List<Review> all = new ArrayList<>();
        for (int i = 0; i < positives + negatives; i++) {
            all.add(new Review(i, "Review number " + i + ". It has two sentences!", i < positives ? "pos" : "neg",
                    Optional.empty()));
        }
        return all;
    }

    @Test
    void stratifiedSplitKeepsEachLabelsShare() {
        TrainTest split = Splitter.stratified(reviews(800, 200), 0.2, 42);

        assertThat(split.test()).hasSize(200);
        assertThat(split.test().stream().filter(r -> r.label().equals("pos"))).hasSize(160);
        assertThat(split.test().stream().filter(r -> r.label().equals("neg"))).hasSize(40);
        assertThat(split.method()).isEqualTo("stratified");
    }

    @Test
    void stratifiedSplitIsSeededAndDisjoint() {
        TrainTest a = Splitter.stratified(reviews(50, 50), 0.3, 1);
        TrainTest b = Splitter.stratified(reviews(50, 50), 0.3, 1);

        assertThat(a.test()).isEqualTo(b.test());
        Set<Long> trainIds = ids(a.train());
        assertThat(ids(a.test())).doesNotContainAnyElementsOf(trainIds);
        assertThat(trainIds.size() + a.test().size()).isEqualTo(100);
    }

    @Test
    void sentencesOfOneReviewNeverLandOnBothSides() {
        TrainTest split = Splitter.stratified(reviews(60, 40), 0.25, 3);

        List<Review> train = Granularity.SENTENCE.expand(split.train(), new SentenceSplitter());
        List<Review> test = Granularity.SENTENCE.expand(split.test(), new SentenceSplitter());

        assertThat(train).hasSize(split.train().size() * 2);
        assertThat(ids(test)).doesNotContainAnyElementsOf(ids(train));
        assertThat(test).allSatisfy(s -> assertThat(s.label()).isIn("pos", "neg"));
    }

    @Test
    void sentenceExpansionInheritsTheReviewLabel() {
        Review review = new Review(7, "Love the colour. Hate the zip!", "neutral", Optional.empty());

        List<Review> sentences = Granularity.SENTENCE.expand(List.of(review), new SentenceSplitter());

        assertThat(sentences).extracting(Review::text).containsExactly("Love the colour.", "Hate the zip!");
        assertThat(sentences).allSatisfy(s -> {
            assertThat(s.label()).isEqualTo("neutral");
            assertThat(s.id()).isEqualTo(7);
        });
    }

    @Test
    void officialSplitFollowsTheData() {
        List<Review> all = List.of(
                new Review(0, "a", "pos", Optional.of(Split.TRAIN)),
                new Review(1, "b", "neg", Optional.of(Split.TEST)),
                new Review(2, "c", "neg", Optional.of(Split.TRAIN)));

        assertThat(Splitter.hasOfficialSplit(all)).isTrue();
        TrainTest split = Splitter.official(all);

        assertThat(ids(split.train())).containsExactlyInAnyOrder(0L, 2L);
        assertThat(ids(split.test())).containsExactly(1L);
    }

    @Test
    void dataWithoutBothSidesHasNoOfficialSplit() {
        assertThat(Splitter.hasOfficialSplit(reviews(3, 3))).isFalse();
        assertThat(Splitter.hasOfficialSplit(List.of(new Review(0, "a", "x", Optional.of(Split.TRAIN))))).isFalse();
    }

    @Test
    void rejectsATestFractionOutsideZeroToOne() {
        assertThatThrownBy(() -> Splitter.stratified(reviews(5, 5), 1.0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 1");
    }

    private static Set<Long> ids(List<Review> reviews) {
        return reviews.stream().map(Review::id).collect(Collectors.toSet());
    }
}
