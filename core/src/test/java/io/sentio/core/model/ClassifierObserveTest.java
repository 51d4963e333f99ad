package io.sentio.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.decision.Decision;
import io.sentio.core.features.FeatureConfig;
import io.sentio.core.features.FeatureExtractor;
import io.sentio.core.features.Vocabulary;
import io.sentio.core.testing.TestBundles;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.fm.FMClassificationTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

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

    @Test
    void aModelScoredByTribuoGivesTheSameShare() {
        Classifier tribuoOnly = new Classifier(factorisationMachine().open());
        assertThat(tribuoOnly.scoresDirectly()).isFalse();

        assertThat(tribuoOnly.observe("love it, zorbly").unknownTermShare()).isEqualTo(1.0 / 3);
        assertThat(tribuoOnly.observe("love it, zorbly").prediction()).isEqualTo(tribuoOnly.predict("love it, zorbly"));
    }

    /** Not linear, so the classifier keeps Tribuo's predict and extracts the features on its own. */
    private static ModelBundle factorisationMachine() {
        List<String> texts = List.of("love it", "great love", "hate it", "awful hate");
        List<String> labels = List.of("positive", "positive", "negative", "negative");
        FeatureConfig config = FeatureConfig.defaults().withMinCount(1).withNgramMax(1);
        Vocabulary vocabulary = Vocabulary.fit(config, Vocabulary.documentFrequencies(config, texts), texts.size());
        FeatureExtractor features = new FeatureExtractor(config, vocabulary);
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("observe", factory), factory);
        for (int i = 0; i < texts.size(); i++) {
            dataset.add(Classifier.example(features, texts.get(i), new Label(labels.get(i))));
        }
        var model = new FMClassificationTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), 5, 1000, 1, 42L, 2, 0.1)
                .train(dataset);
        Manifest draft = new Manifest("observe-fm", Manifest.UNPUBLISHED, Instant.parse("2026-12-01T00:00:00Z"),
                List.of("negative", "positive"), "review", config, new TrainerSpec("fm", Map.of()),
                new DataSummary("inline", "inline", "0".repeat(64), Map.of("train", 4L)), Map.of(), "", Map.of(), "",
                Optional.empty(), Decision.HIGHEST_PROBABILITY);
        return ModelBundle.pack(draft, model, vocabulary);
    }
}
