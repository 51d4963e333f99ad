package io.sentio.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sentio.core.features.FeatureConfig;
import io.sentio.core.features.NegationMarking;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.model.Prediction;
import io.sentio.core.testing.TestBundles;
import io.sentio.core.text.TextCleaner;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.sgd.fm.FMClassificationTrainer;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.Hinge;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;

class ExplainerTest {
    private static final Classifier SENTIMENT = classifier(TestBundles.sentiment());
    private static final Classifier GENRES = classifier(TestBundles.genres());
    private static final ExplainOptions ALL_TERMS = new ExplainOptions(Optional.empty(), ExplainOptions.MAX_TERMS);
    private static final String REVIEW = "I love this dress! Terrible seams, they ripped after one wash. Great colour though.";
    /** Markup, an entity, mojibake, a line break and runs of spaces: the clean text's offsets differ from these. */
    private static final String MESSY = "<p>I   <b>love</b> this&nbsp;dress&#33; cafÃ© The   qu&#97;lity is   terrible,"
            + "<br /><br />poor &amp; cheap&hellip; returned it.</p>";

    @Test
    void biasPlusTheTermWeightsIsTheLogOddsAgainstTheRival() {
        for (String text : List.of(REVIEW, MESSY, "love love love it", "zzz unknown words only")) {
            ExplainedText explained = new Explainer(SENTIMENT).explain(text, ALL_TERMS);
            Explanation explanation = explained.explanation();
            Prediction prediction = explained.prediction().overall();

            assertThat(explanation.method()).isEqualTo(Method.LINEAR);
            assertThat(explanation.label()).isEqualTo(prediction.label());
            String rival = explanation.comparedWith().orElseThrow();
            assertThat(rival).isNotEqualTo(prediction.label());
            double logOdds = Math.log(prediction.probabilities().get(prediction.label()) / prediction.probabilities().get(rival));
            assertThat(sum(explanation)).as(text).isCloseTo(explanation.score(), within(1e-9));
            assertThat(explanation.score()).as(text).isCloseTo(logOdds, within(1e-9));
            assertThat(explanation.score()).as("the predicted label beats its rival").isGreaterThanOrEqualTo(0.0);
        }
    }

    @Test
    void aHingeModelIsExplainedOnTheScoresItsSoftmaxIsTakenOf() {
        Classifier svm = classifier(TestBundles.sentiment("svm", FeatureConfig.defaults().withMinCount(1),
                new LinearSGDTrainer(new Hinge(), new AdaGrad(0.5, 0.1), 30, -1, 1, 42L)));
        Explanation explanation = new Explainer(svm).explain(REVIEW, ALL_TERMS).explanation();
        Prediction prediction = svm.predict(REVIEW);
        String rival = explanation.comparedWith().orElseThrow();

        assertThat(sum(explanation)).isCloseTo(explanation.score(), within(1e-9));
        assertThat(explanation.score()).isCloseTo(
                Math.log(prediction.probabilities().get(explanation.label()) / prediction.probabilities().get(rival)),
                within(1e-9));
    }

    @Test
    void aMultiLabelModelExplainsEachLabelsOwnLogOdds() {
        String text = "A wizard and a dragon go on a quest; the hero falls in love.";
        Explainer explainer = new Explainer(GENRES);
        Prediction prediction = GENRES.predict(text);
        for (String label : prediction.probabilities().keySet()) {
            Explanation explanation = explainer.explain(text, new ExplainOptions(Optional.of(label), 100)).explanation();
            double p = prediction.probabilities().get(label);

            assertThat(explanation.label()).isEqualTo(label);
            assertThat(explanation.comparedWith()).isEmpty();
            assertThat(sum(explanation)).isCloseTo(explanation.score(), within(1e-9));
            assertThat(explanation.score()).as(label).isCloseTo(Math.log(p / (1 - p)), within(1e-9));
        }
        assertThat(explainer.explain(text, ALL_TERMS).explanation().label()).isEqualTo(prediction.label());
    }

    @Test
    void aNegatedWordIsExplainedAsItsOwnTermAtTheWordsPlace() {
        Classifier negating = classifier(TestBundles.sentiment("negating",
                FeatureConfig.defaults().withMinCount(1).withNegation(NegationMarking.ON),
                new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), 30, -1, 1, 42L)));
        String text = "Not great, not bad. I love it.";
        ExplainedText explained = new Explainer(negating).explain(text, ALL_TERMS);

        assertThat(spansOf(explained.explanation(), "neg_great")).containsExactly(new Span(4, 9));
        assertThat(spansOf(explained.explanation(), "neg_bad")).containsExactly(new Span(15, 18));
        assertThat(spansOf(explained.explanation(), "love")).containsExactly(new Span(22, 26));
        assertThat(sum(explained.explanation())).isCloseTo(explained.explanation().score(), within(1e-9));
        assertThat(explained.sentences()).hasSize(2);
        assertThat(spansOf(explained.sentences().get(0), "neg_bad")).containsExactly(new Span(15, 18));
    }

    @Test
    void spansPointAtTheTermsInTheTextAsSubmitted() {
        ExplainedText explained = new Explainer(SENTIMENT).explain(MESSY, ALL_TERMS);
        TextCleaner cleaner = new TextCleaner();

        assertThat(explained.explanation().terms()).isNotEmpty().allSatisfy(term -> {
            assertThat(term.spans()).as(term.term()).isNotEmpty();
            for (Span span : term.spans()) {
                String submitted = MESSY.substring(span.start(), span.end());
                String words = String.join(" ", cleaner.clean(submitted).toLowerCase(Locale.ROOT)
                        .split("[^\\p{L}\\p{N}'!?]+"));
                assertThat(words).as("'%s' at %s", term.term(), span).isEqualTo(term.term());
            }
        });
        assertThat(explained.explanation().terms()).extracting(TermWeight::term).contains("love", "terrible");
        int love = MESSY.indexOf("love");
        int quality = MESSY.indexOf("qu&#97;lity");
        assertThat(spansOf(explained.explanation(), "love")).containsExactly(new Span(love, love + 4));
        assertThat(spansOf(explained.explanation(), "quality")).containsExactly(new Span(quality, quality + 11));
    }

    @Test
    void anNgramSpansItsWordsAndEveryOccurrenceIsListed() {
        String text = "Love it, love it.  Love   it!";
        ExplainedText explained = new Explainer(SENTIMENT).explain(text, ALL_TERMS);

        assertThat(spansOf(explained.explanation(), "love it")).containsExactly(
                new Span(0, 7), new Span(9, 16), new Span(19, 28));
    }

    @Test
    void termsComeLargestFirstAndAreBoundedWithTheRestSummed() {
        Explainer explainer = new Explainer(SENTIMENT);
        Explanation all = explainer.explain(REVIEW, ALL_TERMS).explanation();
        Explanation top3 = explainer.explain(REVIEW, new ExplainOptions(Optional.empty(), 3)).explanation();

        assertThat(all.terms().size()).isGreaterThan(3);
        assertThat(all.terms()).extracting(t -> Math.abs(t.weight()))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(all.otherTermsWeight()).isZero();
        assertThat(top3.terms()).containsExactlyElementsOf(all.terms().subList(0, 3));
        assertThat(top3.bias() + top3.terms().stream().mapToDouble(TermWeight::weight).sum() + top3.otherTermsWeight())
                .isCloseTo(top3.score(), within(1e-9));
        assertThat(ExplainOptions.defaults().maxTerms()).isEqualTo(10);
        assertThatThrownBy(() -> new ExplainOptions(Optional.empty(), ExplainOptions.MAX_TERMS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExplainOptions(Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachSentenceIsExplainedOnItsOwnWithSpansIntoTheWholeText() {
        ExplainedText explained = new Explainer(SENTIMENT).explain(MESSY, ALL_TERMS);

        assertThat(explained.sentences()).hasSize(explained.prediction().sentences().size()).hasSizeGreaterThan(1);
        for (int i = 0; i < explained.sentences().size(); i++) {
            Explanation explanation = explained.sentences().get(i);
            Prediction prediction = explained.prediction().sentences().get(i).prediction();
            String rival = explanation.comparedWith().orElseThrow();

            assertThat(explanation.label()).isEqualTo(prediction.label());
            assertThat(sum(explanation)).isCloseTo(Math.log(prediction.probabilities().get(prediction.label())
                    / prediction.probabilities().get(rival)), within(1e-9));
        }
        Explanation last = explained.sentences().get(explained.sentences().size() - 1);
        assertThat(last.terms()).isNotEmpty().allSatisfy(term -> assertThat(term.spans())
                .allSatisfy(span -> assertThat(span.start()).isGreaterThan(MESSY.indexOf("<br />"))));
    }

    @Test
    void anotherLabelCanBeExplainedAndAnUnknownOneIsRefused() {
        Explainer explainer = new Explainer(SENTIMENT);
        Prediction prediction = SENTIMENT.predict(REVIEW);
        String other = prediction.probabilities().keySet().stream().skip(2).findFirst().orElseThrow();

        Explanation explanation = explainer.explain(REVIEW, new ExplainOptions(Optional.of(other), 100)).explanation();

        assertThat(explanation.label()).isEqualTo(other);
        assertThat(explanation.comparedWith()).contains(prediction.label());
        assertThat(explanation.score()).isNegative();
        assertThat(explainer.knowsLabel("sarcastic")).isFalse();
        assertThatThrownBy(() -> explainer.explain(REVIEW, new ExplainOptions(Optional.of("sarcastic"), 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sarcastic");
    }

    @Test
    void aFactorisationMachineIsExplainedByLeavingOneTermOut() {
        Classifier fm = classifier(TestBundles.sentiment("fm", FeatureConfig.defaults().withMinCount(1),
                new FMClassificationTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), 30, -1, 1, 42L, 4, 0.1)));
        Explainer explainer = new Explainer(fm);
        Explanation explanation = explainer.explain(REVIEW, ALL_TERMS).explanation();
        Prediction prediction = fm.predict(REVIEW);
        String rival = explanation.comparedWith().orElseThrow();

        assertThat(explainer.method()).isEqualTo(Method.LEAVE_ONE_TERM_OUT);
        assertThat(explanation.method()).isEqualTo(Method.LEAVE_ONE_TERM_OUT);
        assertThat(explanation.score()).isCloseTo(Math.log(prediction.probabilities().get(explanation.label())
                / prediction.probabilities().get(rival)), within(1e-9));
        assertThat(explanation.terms()).isNotEmpty().allSatisfy(term -> assertThat(term.spans()).isNotEmpty());
        double withoutLove = scoreWithout(fm, "love", explanation);
        assertThat(spansOf(explanation, "love")).isNotEmpty();
        assertThat(weightOf(explanation, "love")).isCloseTo(explanation.score() - withoutLove, within(1e-9));
    }

    @Test
    void leavingOneTermOutOfALinearModelWithoutNormalisingGivesItsExactWeights() {
        Classifier linear = classifier(TestBundles.sentiment("plain", FeatureConfig.defaults().withMinCount(1)
                .withL2Normalize(false), new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), 30, -1, 1, 42L)));
        String clean = new TextCleaner().clean(REVIEW);
        Target target = new Target("positive", Optional.of("negative"));

        Weighed exact = new LinearWeighing(linear.features(), linear.linearWeights().orElseThrow()).weigh(clean, target);
        Weighed leftOut = new LeaveOneTermOut(linear).weigh(clean, target);

        assertThat(leftOut.positions()).containsExactly(exact.positions());
        for (int i = 0; i < exact.weights().length; i++) {
            assertThat(leftOut.weights()[i]).isCloseTo(exact.weights()[i], within(1e-9));
        }
        assertThat(leftOut.bias()).isCloseTo(exact.bias(), within(1e-9));
    }

    @Test
    void anyTextIsExplainedWithSpansInsideIt() {
        String[] pieces = {"love", "Love it", "cheap", "fabric", "awful!", "é", "Ã©", "&amp;", "&#39;", "<b>", "</b>",
            "<br />", " ", "   ", "\n", ".", "...", "!", "?", "😀", "'", "Mr.", "4.5", "<3", ":)", "-", "so-so", "It's"};
        java.util.Random random = new java.util.Random(11L);
        Explainer single = new Explainer(SENTIMENT);
        Explainer multi = new Explainer(GENRES);
        for (int sample = 0; sample < 3_000; sample++) {
            StringBuilder raw = new StringBuilder();
            for (int piece = random.nextInt(16); piece >= 0; piece--) {
                raw.append(pieces[random.nextInt(pieces.length)]);
            }
            for (Explainer explainer : List.of(single, multi)) {
                ExplainedText explained = explainer.explain(raw.toString(), ALL_TERMS);
                List<Explanation> all = new java.util.ArrayList<>(explained.sentences());
                all.add(explained.explanation());
                for (Explanation explanation : all) {
                    assertThat(explanation.terms()).as("%s", raw).allSatisfy(term -> assertThat(term.spans())
                            .isNotEmpty().allSatisfy(span -> assertThat(span.end()).isLessThanOrEqualTo(raw.length())));
                }
            }
        }
    }

    /** The score of the text with the term's feature removed and the rest renormalised, found independently. */
    private static double scoreWithout(Classifier classifier, String term, Explanation explanation) {
        var vector = classifier.features().extract(new TextCleaner().clean(REVIEW));
        List<Integer> kept = new java.util.ArrayList<>();
        for (int i = 0; i < vector.size(); i++) {
            if (!vector.names()[i].equals(term)) {
                kept.add(i);
            }
        }
        double norm = Math.sqrt(kept.stream().mapToDouble(i -> vector.values()[i] * vector.values()[i]).sum());
        var without = new io.sentio.core.features.FeatureVector(
                kept.stream().map(i -> vector.names()[i]).toArray(String[]::new),
                kept.stream().mapToDouble(i -> vector.values()[i] / norm).toArray());
        Map<String, Double> p = classifier.probabilities(without);
        return Math.log(p.get(explanation.label()) / p.get(explanation.comparedWith().orElseThrow()));
    }

    private static double sum(Explanation explanation) {
        return explanation.bias() + explanation.terms().stream().mapToDouble(TermWeight::weight).sum()
                + explanation.otherTermsWeight();
    }

    private static List<Span> spansOf(Explanation explanation, String term) {
        return explanation.terms().stream().filter(t -> t.term().equals(term)).findFirst()
                .map(TermWeight::spans).orElse(List.of());
    }

    private static double weightOf(Explanation explanation, String term) {
        return explanation.terms().stream().filter(t -> t.term().equals(term)).findFirst().orElseThrow().weight();
    }

    private static Classifier classifier(ModelBundle bundle) {
        Map<String, byte[]> files = new java.util.HashMap<>(bundle.files());
        files.put(ModelBundle.MANIFEST_FILE, bundle.manifestBytes());
        return new Classifier(ModelBundle.fromFiles(files, "test").open());
    }
}
