package io.sentio.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.core.decision.Decision;
import io.sentio.core.decision.DecisionRule;
import io.sentio.core.decision.Task;
import io.sentio.core.testing.TestBundles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultiLabelBundleTest {
    private static final ModelBundle GENRES = TestBundles.genres();

    private static ModelBundle roundTrip(ModelBundle bundle) {
        Map<String, byte[]> files = new HashMap<>(bundle.files());
        files.put(ModelBundle.MANIFEST_FILE, bundle.manifestBytes());
        return ModelBundle.fromFiles(files, "test");
    }

    @Test
    void theManifestKeepsTaskAndThresholdsThroughBytes() {
        Manifest manifest = roundTrip(GENRES).manifest();

        assertThat(manifest.decision().task()).isEqualTo(Task.MULTI_LABEL);
        DecisionRule.LabelThresholds rule = (DecisionRule.LabelThresholds) manifest.decision().rule();
        assertThat(rule.threshold("Drama")).isEqualTo(0.4);
        assertThat(rule.threshold("Comedy")).isEqualTo(0.5);
        assertThat(rule.minLabels()).isEqualTo(1);
        assertThat(manifest.labels()).containsExactly("Action", "Adventure", "Comedy", "Drama", "Fantasy", "Romance");
    }

    @Test
    void aLinearMultiLabelModelIsPackedWithSigmoidWeights() {
        byte[] weights = GENRES.files().get(ModelBundle.WEIGHTS_FILE);
        assertThat(weights).isNotNull();
        LoadedModel loaded = roundTrip(GENRES).open();
        assertThat(loaded.storedScorer()).isPresent();
        int normaliserAt = 4 + 4 + 4;
        for (String label : loaded.storedScorer().get().labels()) {
            normaliserAt += 4 + label.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        assertThat(weights[normaliserAt]).as("normaliser code: sigmoid per label").isEqualTo((byte) 2);
        assertThat(loaded.storedScorer().get().probabilistic()).isTrue();
        assertThat(loaded.modelDeserialised()).isFalse();
    }

    @Test
    void predictsALabelSetWithIndependentProbabilities() {
        Classifier classifier = new Classifier(roundTrip(GENRES).open());

        Prediction p = classifier.predict("A wizard and a dragon go on a magic quest across enchanted lands.");

        assertThat(p.labels()).contains("Fantasy");
        assertThat(p.label()).isEqualTo(p.labels().get(0));
        assertThat(p.probabilities()).hasSize(6);
        double sum = p.probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum).as("independent per-label probabilities need not sum to 1").isNotCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-6));
        List<Double> values = List.copyOf(p.probabilities().values());
        for (int i = 1; i < values.size(); i++) {
            assertThat(values.get(i)).isLessThanOrEqualTo(values.get(i - 1));
        }
        assertThat(p.thresholdDistance()).isPresent();
    }

    @Test
    void everyChosenLabelReachesItsThresholdAndOneLabelIsAlwaysGiven() {
        Classifier classifier = new Classifier(roundTrip(GENRES).open());
        DecisionRule.LabelThresholds rule = (DecisionRule.LabelThresholds) GENRES.manifest().decision().rule();

        for (String text : List.of("A funny love story in Paris.", "zzzz qqqq", "", "Explosions in the desert.")) {
            Prediction p = classifier.predict(text);
            assertThat(p.labels()).isNotEmpty();
            if (p.labels().size() > 1) {
                p.labels().forEach(l -> assertThat(p.probabilities().get(l)).isGreaterThanOrEqualTo(rule.threshold(l)));
            }
        }
    }

    @Test
    void theDirectScorerAnswersExactlyAsTribuo() {
        Classifier classifier = new Classifier(roundTrip(GENRES).open());
        assertThat(classifier.scoresDirectly()).isTrue();

        for (String text : List.of("A soldier falls in love with a wizard.", "A hilarious quest.", "nothing known")) {
            assertThat(classifier.predictClean(text)).isEqualTo(classifier.predictCleanWithTribuo(text));
        }
    }

    @Test
    void withoutStoredWeightsTheTribuoModelServes() {
        Map<String, byte[]> files = new HashMap<>(GENRES.files());
        files.remove(ModelBundle.WEIGHTS_FILE);
        Map<String, String> hashes = new HashMap<>(GENRES.manifest().files());
        hashes.remove(ModelBundle.WEIGHTS_FILE);
        Manifest manifest = GENRES.manifest().withFiles(hashes, GENRES.manifest().modelSha256(),
                GENRES.manifest().tribuoVersion(), GENRES.manifest().labels());
        Classifier tribuo = new Classifier(new ModelBundle(manifest, files).open());
        Classifier direct = new Classifier(GENRES.open());

        String text = "Two strangers fall in love on a quest for a magic sword.";
        assertThat(tribuo.predict(text).labels()).isEqualTo(direct.predict(text).labels());
        assertThat(tribuo.predict(text).probabilities().keySet()).isEqualTo(direct.predict(text).probabilities().keySet());
    }

    @Test
    void aMultiLabelModelIsNotPackedAsSingleLabel() {
        Manifest singleLabel = GENRES.manifest().withDecision(Decision.HIGHEST_PROBABILITY);
        LoadedModel loaded = GENRES.open();

        assertThatThrownBy(() -> ModelBundle.pack(singleLabel, loaded.model(), loaded.features().vocabulary()))
                .isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("multi-label");
    }

    @Test
    void aManifestThatCallsAMultiLabelModelSingleLabelIsRefusedAtLoad() {
        Map<String, byte[]> files = new HashMap<>(GENRES.files());
        files.remove(ModelBundle.WEIGHTS_FILE);
        Map<String, String> hashes = new HashMap<>(GENRES.manifest().files());
        hashes.remove(ModelBundle.WEIGHTS_FILE);
        Manifest lying = GENRES.manifest().withDecision(Decision.HIGHEST_PROBABILITY).withFiles(hashes,
                GENRES.manifest().modelSha256(), GENRES.manifest().tribuoVersion(), GENRES.manifest().labels());

        assertThatThrownBy(() -> new ModelBundle(lying, files).open())
                .isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("is not a classification model");
    }

    @Test
    void lowConfidenceIsNearnessToAThresholdForLabelSets() {
        Map<String, Double> probabilities = Map.of("Drama", 0.9, "Comedy", 0.1);

        assertThat(Prediction.ofSet(List.of("Drama"), probabilities, 0.05).lowConfidence(0.6)).isTrue();
        assertThat(Prediction.ofSet(List.of("Drama"), probabilities, 0.3).lowConfidence(0.6)).isFalse();
        assertThat(new Prediction("Drama", Map.of("Drama", 0.55, "Comedy", 0.45)).lowConfidence(0.6)).isTrue();
    }
}
