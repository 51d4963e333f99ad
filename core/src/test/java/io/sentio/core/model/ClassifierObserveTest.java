package io.sentio.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.testing.TestBundles;
import org.junit.jupiter.api.Test;

class ClassifierObserveTest {
    private static final Classifier CLASSIFIER = new Classifier(TestBundles.sentiment().open());

    @Test
    void givesThePredictionOfPredictWithTheUnknownTermShare() {
        String text = "I love this dress, it is zorbly and plinkish.";

        ObservedPrediction observed = CLASSIFIER.observe(text);

        assertThat(observed.prediction()).isEqualTo(CLASSIFIER.predict(text));
        assertThat(observed.unknownTermShare()).isGreaterThan(0.0).isLessThan(1.0);
    }

    @Test
    void aTextInTheModelsOwnWordsHasNoUnknownTerms() {
        assertThat(CLASSIFIER.observe("Love it, great quality.").unknownTermShare()).isZero();
        assertThat(CLASSIFIER.observe("zzzz qqqq xyzzy").unknownTermShare()).isEqualTo(1.0);
    }

    @Test
    void theShareBelongsToTheTextObservedNotTheOneBefore() {
        CLASSIFIER.observe("zzzz qqqq xyzzy");

        assertThat(CLASSIFIER.observeClean("love it").unknownTermShare()).isZero();
    }

    @Test
    void theTextPredictionCarriesTheWholeTextsShareNotTheLastSentences() {
        String text = "Zorbly plinkish wuggle. I love this dress!";

        TextPrediction prediction = CLASSIFIER.predictWithSentences(text);

        assertThat(prediction.sentences()).hasSize(2);
        assertThat(prediction.unknownTermShare()).isEqualTo(CLASSIFIER.observe(text).unknownTermShare())
                .isGreaterThan(0.0);
    }
}
