package io.sentio.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.features.FeatureConfig;
import io.sentio.core.features.FeatureExtractor;
import io.sentio.core.features.Vocabulary;
import io.sentio.core.testing.ClothingReviews;
import io.sentio.core.text.SentenceSplitter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribuo.CategoricalInfo;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.ImmutableDataset;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.MutableOutputInfo;
import org.tribuo.Trainer;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.fm.FMClassificationTrainer;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.Hinge;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The direct linear scorer must answer exactly as Tribuo's {@code Model.predict} on the same
 * features: same label, same probabilities (within 1e-9), on thousands of real reviews and their
 * sentences, for logistic and hinge (svm) models, with feature maps made from the vocabulary (as
 * training makes them now) and by Tribuo from the examples (as older bundles were made). (On the
 * runs so far they were in fact bit-for-bit equal: the scorer adds the same products in the same
 * order; 1e-9 is the documented promise.)
 */
class ClassifierScoringTest {
    private static final int TRAIN = 4_000;
    private static final int COMPARED = 10_000;

    private static List<String> texts;
    private static List<String> labels;

    @BeforeAll
    static void readReviews() {
        ClothingReviews.Labelled reviews = ClothingReviews.read();
        texts = reviews.texts();
        labels = reviews.labels();
        assertThat(texts).hasSizeGreaterThan(COMPARED);
    }

    static Stream<ModelCase> linearModels() {
        return Stream.of(
                new ModelCase("logistic, feature map from the vocabulary", FeatureConfig.defaults(), true,
                        new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), 3, -1, 1, 42L)),
                new ModelCase("svm, feature map from the vocabulary", FeatureConfig.defaults(), true,
                        new LinearSGDTrainer(new Hinge(), new AdaGrad(0.1, 0.1), 3, -1, 1, 42L)),
                new ModelCase("logistic, Tribuo's own feature map", FeatureConfig.defaults(), false,
                        new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), 3, -1, 1, 42L)),
                new ModelCase("svm, hashed unigrams, binary, no idf", FeatureConfig.defaults().withNgramMax(1)
                        .withHashDimension(4096).withWeighting(io.sentio.core.features.TermWeighting.BINARY)
                        .withIdf(false), true,
                        new LinearSGDTrainer(new Hinge(), new AdaGrad(0.1, 0.1), 3, -1, 1, 42L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linearModels")
    void theDirectScorerAnswersAsTribuoDoesOnRealReviewsAndTheirSentences(ModelCase model) {
        ModelBundle bundle = model.bundle();
        assertThat(bundle.files()).containsKey(ModelBundle.WEIGHTS_FILE);
        LoadedModel loaded = bundle.open();
        Classifier classifier = new Classifier(loaded);
        assertThat(classifier.scoresDirectly()).isTrue();
        // Scored from weights.bin: the Tribuo model is only deserialised below, as the reference.
        assertThat(loaded.modelDeserialised()).isFalse();
        Classifier fromTribuoModel = new Classifier(ModelBundleTest.without(bundle, ModelBundle.WEIGHTS_FILE).open());
        assertThat(fromTribuoModel.scoresDirectly()).isTrue();

        List<String> compared = new ArrayList<>(texts.subList(0, COMPARED));
        SentenceSplitter splitter = new SentenceSplitter();
        texts.subList(0, 1_000).forEach(text -> compared.addAll(splitter.split(text)));
        compared.addAll(List.of("", "zzzz qqqq", "!!!", "\u2764"));

        for (String text : compared) {
            assertSameAnswer(classifier.predictClean(text), classifier.predictCleanWithTribuo(text), text);
        }
        for (String text : texts.subList(0, 1_000)) {
            assertSameAnswer(classifier.predictClean(text), fromTribuoModel.predictClean(text), text);
        }
    }

    @Test
    void packRefusesWeightsThatDoNotScoreAsTheModelDoes() {
        ModelCase logistic = linearModels().findFirst().orElseThrow();
        ModelCase svm = linearModels().skip(1).findFirst().orElseThrow();
        ModelBundle logisticBundle = logistic.bundle();
        LoadedModel svmModel = svm.bundle().open();
        FeatureExtractor features = svmModel.features();
        LinearScorer logisticScorer = LinearScorer.fromBytes(logisticBundle.files().get(ModelBundle.WEIGHTS_FILE),
                features.vocabulary());

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ModelBundle.checkAgainstTribuo(logisticScorer, svmModel.model(), features))
                .isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("cannot pack");
    }

    @Test
    void theSavedFixtureBundleIsScoredDirectlyAndAsTribuoScoresIt() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(getClass().getResource("/fixtures/bundle-format-1").toURI());
        Classifier classifier = new Classifier(BundleDirectory.read(dir).open());

        assertThat(classifier.scoresDirectly()).isTrue();
        for (String text : texts.subList(0, 2_000)) {
            assertSameAnswer(classifier.predictClean(text), classifier.predictCleanWithTribuo(text), text);
        }
    }

    @Test
    void aFactorisationMachineKeepsTribuosPredict() {
        ModelCase fm = new ModelCase("factorisation machine", FeatureConfig.defaults(), true,
                new FMClassificationTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), 1, 1000, 1, 42L, 4, 0.1));
        Classifier classifier = fm.classifier();

        assertThat(classifier.scoresDirectly()).isFalse();
        assertThat(classifier.predictClean(texts.get(0))).isEqualTo(classifier.predictCleanWithTribuo(texts.get(0)));
    }

    /** Checked by hand rather than by one assertion per value: 14,000 texts × 4 models. */
    private static void assertSameAnswer(Prediction direct, Prediction tribuo, String text) {
        boolean same = direct.label().equals(tribuo.label())
                && direct.probabilities().keySet().equals(tribuo.probabilities().keySet())
                && tribuo.probabilities().entrySet().stream().allMatch(e ->
                        Math.abs(direct.probabilities().get(e.getKey()) - e.getValue()) <= 1e-9);
        if (!same) {
            assertThat(direct).as("direct scorer vs Tribuo on: " + text).isEqualTo(tribuo);
        }
    }

    /** A model trained on the first reviews with the production feature pipeline, packed and reopened. */
    record ModelCase(String name, FeatureConfig config, boolean featureMapFromVocabulary, Trainer<Label> trainer) {
        @Override
        public String toString() {
            return name;
        }

        Classifier classifier() {
            return new Classifier(bundle().open());
        }

        ModelBundle bundle() {
            List<String> train = texts.subList(0, TRAIN);
            Vocabulary vocabulary = Vocabulary.fit(config, Vocabulary.documentFrequencies(config, train), train.size());
            FeatureExtractor features = new FeatureExtractor(config, vocabulary);
            List<Example<Label>> examples = new ArrayList<>();
            for (int i = 0; i < TRAIN; i++) {
                examples.add(Classifier.example(features, train.get(i), new Label(labels.get(i))));
            }
            Model<Label> model = trainer.train(dataset(examples, vocabulary));
            Manifest draft = new Manifest("scoring-test", Manifest.UNPUBLISHED, Instant.parse("2026-11-23T00:00:00Z"),
                    List.of(), "review", config, new TrainerSpec(name, Map.of()),
                    new DataSummary("clothing", "review-csv", "0".repeat(64), Map.of("train", (long) TRAIN)),
                    Map.of(), "", Map.of(), "", Optional.empty(), io.sentio.core.decision.Decision.HIGHEST_PROBABILITY);
            return ModelBundle.pack(draft, model, vocabulary);
        }

        private Dataset<Label> dataset(List<Example<Label>> examples, Vocabulary vocabulary) {
            LabelFactory factory = new LabelFactory();
            var provenance = new SimpleDataSourceProvenance("clothing reviews", factory);
            if (!featureMapFromVocabulary) {
                MutableDataset<Label> dataset = new MutableDataset<>(provenance, factory);
                dataset.addAll(examples);
                return dataset;
            }
            List<VariableInfo> infos = new ArrayList<>();
            vocabulary.terms().forEach(term -> infos.add(new CategoricalInfo(term)));
            infos.add(new CategoricalInfo(Classifier.BIAS_FEATURE));
            MutableOutputInfo<Label> outputs = factory.generateInfo();
            examples.forEach(e -> outputs.observe(e.getOutput()));
            return new ImmutableDataset<>(examples, provenance, factory, new ImmutableFeatureMap(infos),
                    outputs.generateImmutableOutputInfo(), false);
        }
    }
}
