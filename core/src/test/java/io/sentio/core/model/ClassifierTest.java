package io.sentio.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sentio.core.decision.Decision;
import io.sentio.core.decision.DecisionRule;
import io.sentio.core.testing.TestBundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClassifierTest {
    private static final Classifier CLASSIFIER = new Classifier(TestBundles.sentiment().open());
    private static final List<String> TEXTS = List.of(
            "I love this dress, it fits perfectly!",
            "Terrible quality, the seams ripped after one wash.",
            "It is okay, nothing special.",
            "Beautiful colour. Cheap fabric though. Returned it.",
            "<b>Great</b> top &amp; lovely fabric \u2764\uFE0F",
            "",
            "zzzz qqqq xyzzy");

    @Test
    void probabilitiesCoverEveryLabelAndSumToOne() {
        for (String text : TEXTS) {
            Prediction prediction = CLASSIFIER.predict(text);

            assertThat(prediction.probabilities()).as(text).containsOnlyKeys("negative", "neutral", "positive");
            assertThat(prediction.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                    .as(text).isCloseTo(1.0, within(1e-9));
            assertThat(prediction.probabilities().values()).as(text).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        }
    }

    @Test
    void probabilitiesAreOrderedMostProbableFirstAndTheLabelIsTheFirst() {
        for (String text : TEXTS) {
            Prediction prediction = CLASSIFIER.predict(text);
            List<Double> values = new ArrayList<>(prediction.probabilities().values());

            assertThat(values).as(text).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            assertThat(prediction.label()).as(text).isEqualTo(prediction.probabilities().keySet().iterator().next());
            assertThat(prediction.confidence()).as(text).isEqualTo(values.get(0));
        }
    }

    @Test
    void theBundlesDecisionRuleChoosesTheLabelAndLeavesTheProbabilitiesAlone() {
        String text = "It is okay, nothing special.";
        Prediction plain = CLASSIFIER.predict(text);
        String runnerUp = new ArrayList<>(plain.probabilities().keySet()).get(1);
        double weight = 1.01 * plain.confidence() / plain.probabilities().get(runnerUp);
        ModelBundle bundle = TestBundles.sentiment();
        ModelBundle favouring = bundle.withManifest(bundle.manifest().withDecision(
                Decision.singleLabel(new DecisionRule.WeightedProbability(Map.of(runnerUp, weight)))));

        Prediction decided = new Classifier(favouring.open()).predict(text);

        assertThat(decided.label()).isEqualTo(runnerUp);
        assertThat(decided.probabilities()).isEqualTo(plain.probabilities());
    }

    @Test
    void predictsTheObviousCases() {
        assertThat(CLASSIFIER.predict("Love it, beautiful and a perfect fit!").label()).isEqualTo("positive");
        assertThat(CLASSIFIER.predict("Awful, cheap fabric, returned it.").label()).isEqualTo("negative");
    }

    @Test
    void aTextOfOnlyUnknownWordsStillPredicts() {
        // No known feature at all: the bias feature still reaches the model.
        Prediction prediction = CLASSIFIER.predict("zzzz qqqq xyzzy");

        assertThat(prediction.label()).isIn("negative", "neutral", "positive");
        assertThat(CLASSIFIER.predict("").label()).isIn("negative", "neutral", "positive");
    }

    @Test
    void predictCleansTheRawText() {
        assertThat(CLASSIFIER.predict("<p>Love   it,\n beautiful!</p>"))
                .isEqualTo(CLASSIFIER.predictClean("Love it, beautiful!"));
    }

    @Test
    void predictWithSentencesGivesOneEntryPerSentence() {
        TextPrediction prediction = CLASSIFIER.predictWithSentences(
                "Beautiful colour, love it! Terrible seams, ripped after one wash. It is okay?");

        assertThat(prediction.sentences()).extracting(SentencePrediction::text).containsExactly(
                "Beautiful colour, love it!", "Terrible seams, ripped after one wash.", "It is okay?");
        assertThat(prediction.sentences().get(0).prediction())
                .isEqualTo(CLASSIFIER.predictClean("Beautiful colour, love it!"));
        assertThat(prediction.sentences().get(1).prediction().label()).isEqualTo("negative");
        assertThat(prediction.overall()).isEqualTo(CLASSIFIER.predict(
                "Beautiful colour, love it! Terrible seams, ripped after one wash. It is okay?"));
    }

    @Test
    void aSingleSentenceTextHasOneSentence() {
        TextPrediction prediction = CLASSIFIER.predictWithSentences("Love it");

        assertThat(prediction.sentences()).hasSize(1);
        assertThat(prediction.sentences().get(0).prediction()).isEqualTo(prediction.overall());
    }

    @Test
    void manyThreadsGetTheSameAnswersAsOne() throws Exception {
        Map<String, Prediction> expected = new java.util.HashMap<>();
        for (String text : TEXTS) {
            expected.put(text, CLASSIFIER.predict(text));
        }
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                Callable<List<String>> worker = () -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < 500; i++) {
                        String text = TEXTS.get((i + offset) % TEXTS.size());
                        Prediction actual = i % 2 == 0
                                ? CLASSIFIER.predict(text)
                                : CLASSIFIER.predictWithSentences(text).overall();
                        if (!actual.equals(expected.get(text))) {
                            mismatches.add(text + " -> " + actual);
                        }
                    }
                    return mismatches;
                };
                results.add(pool.submit(worker));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theManifestTravelsWithTheClassifier() {
        assertThat(CLASSIFIER.manifest().labels()).containsExactly("negative", "neutral", "positive");
    }
}
