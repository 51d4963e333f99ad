package io.sentio.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.core.testing.TestBundles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelBundleTest {
    private static final ModelBundle BUNDLE = TestBundles.sentiment();

    @Test
    void packRecordsLabelsHashesAndTribuoVersion() {
        Manifest manifest = BUNDLE.manifest();
        assertThat(manifest.labels()).containsExactly("negative", "neutral", "positive");
        assertThat(manifest.files()).containsOnlyKeys(ModelBundle.MODEL_FILE, ModelBundle.VOCABULARY_FILE,
                ModelBundle.WEIGHTS_FILE);
        assertThat(manifest.files().get(ModelBundle.WEIGHTS_FILE))
                .isEqualTo(Sha256.hex(BUNDLE.files().get(ModelBundle.WEIGHTS_FILE)));
        assertThat(manifest.modelSha256()).isEqualTo(Sha256.hex(BUNDLE.files().get(ModelBundle.MODEL_FILE)));
        assertThat(manifest.tribuoVersion()).startsWith("4.3");
    }

    @Test
    void roundTripsThroughADirectoryAndPredictsTheSame(@TempDir Path dir) throws Exception {
        BundleDirectory.write(BUNDLE, dir);
        ModelBundle read = BundleDirectory.read(dir);

        assertThat(read.manifest()).isEqualTo(BUNDLE.manifest());
        Classifier before = new Classifier(BUNDLE.open());
        Classifier after = new Classifier(read.open());
        String text = "Love it, beautiful and a perfect fit!";
        assertThat(after.predict(text)).isEqualTo(before.predict(text));
        assertThat(after.predict(text).label()).isEqualTo("positive");
    }

    @Test
    void savedModelIsProtobufNotJavaSerialization() {
        byte[] model = BUNDLE.files().get(ModelBundle.MODEL_FILE);
        // Java serialisation streams start with 0xACED.
        assertThat(model[0] == (byte) 0xAC && model[1] == (byte) 0xED).isFalse();
    }

    @Test
    void refusesATamperedModelFile(@TempDir Path dir) throws Exception {
        BundleDirectory.write(BUNDLE, dir);
        byte[] model = Files.readAllBytes(dir.resolve(ModelBundle.MODEL_FILE));
        model[model.length / 2] ^= 0x01;
        Files.write(dir.resolve(ModelBundle.MODEL_FILE), model);

        ModelBundle tampered = BundleDirectory.read(dir);

        assertThatThrownBy(tampered::open)
                .isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("integrity check")
                .hasMessageContaining(ModelBundle.MODEL_FILE);
    }

    @Test
    void refusesABundleWithAMissingFile(@TempDir Path dir) throws Exception {
        BundleDirectory.write(BUNDLE, dir);
        Files.delete(dir.resolve(ModelBundle.VOCABULARY_FILE));

        assertThatThrownBy(() -> BundleDirectory.read(dir))
                .isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("missing " + ModelBundle.VOCABULARY_FILE);
    }

    @Test
    void aTamperedFileIsReportedBeforeAMissingOne(@TempDir Path dir) throws Exception {
        BundleDirectory.write(BUNDLE, dir);
        Files.delete(dir.resolve(ModelBundle.WEIGHTS_FILE));
        byte[] model = Files.readAllBytes(dir.resolve(ModelBundle.MODEL_FILE));
        model[model.length / 2] ^= 0x01;
        Files.write(dir.resolve(ModelBundle.MODEL_FILE), model);

        assertThatThrownBy(() -> BundleDirectory.read(dir))
                .isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("integrity check")
                .hasMessageContaining(ModelBundle.MODEL_FILE);
        Files.write(dir.resolve(ModelBundle.MODEL_FILE), BUNDLE.files().get(ModelBundle.MODEL_FILE));
        assertThatThrownBy(() -> BundleDirectory.read(dir))
                .isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("missing " + ModelBundle.WEIGHTS_FILE);
    }

    @Test
    void refusesADirectoryWithoutManifest(@TempDir Path dir) {
        assertThatThrownBy(() -> BundleDirectory.read(dir))
                .isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("has no manifest.json");
    }

    @Test
    void refusesAnUnreadableManifest() {
        Map<String, byte[]> files = new HashMap<>(BUNDLE.files());
        files.put(ModelBundle.MANIFEST_FILE, "{not json".getBytes());

        assertThatThrownBy(() -> ModelBundle.fromFiles(files, "somewhere"))
                .isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("unreadable manifest.json in somewhere");
    }

    @Test
    void refusesAModelFileThatIsNotTribuo() {
        ModelBundle forged = forge(BUNDLE, ModelBundle.MODEL_FILE, "definitely not protobuf".getBytes());
        ModelBundle forgedWithoutWeights = forge(without(BUNDLE, ModelBundle.WEIGHTS_FILE), ModelBundle.MODEL_FILE,
                "definitely not protobuf".getBytes());

        // Without weights the Tribuo model is deserialised at open; with them, on first need.
        assertThatThrownBy(forgedWithoutWeights::open)
                .isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("unreadable model.tribuo");
        LoadedModel loaded = forged.open();
        assertThatThrownBy(loaded::model)
                .isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("unreadable model.tribuo");
    }

    @Test
    void aBundleWithWeightsIsServedWithoutDeserialisingTheTribuoModel() {
        LoadedModel loaded = BUNDLE.open();
        Classifier classifier = new Classifier(loaded);

        assertThat(classifier.scoresDirectly()).isTrue();
        assertThat(classifier.predict("Love it, beautiful and a perfect fit!").label()).isEqualTo("positive");
        assertThat(loaded.modelDeserialised()).isFalse();
        assertThat(loaded.model().getOutputIDInfo().size()).isEqualTo(3);
        assertThat(loaded.modelDeserialised()).isTrue();
    }

    @Test
    void aBundleWithoutWeightsLoadsTheTribuoModelAndAnswersTheSame() {
        Classifier withWeights = new Classifier(BUNDLE.open());
        Classifier withoutWeights = new Classifier(without(BUNDLE, ModelBundle.WEIGHTS_FILE).open());

        assertThat(withoutWeights.scoresDirectly()).isTrue();
        for (String text : List.of("Love it, beautiful and a perfect fit!", "Terrible quality, returned it.",
                "It is okay, nothing special.", "", "zzzz")) {
            assertThat(withoutWeights.predict(text)).isEqualTo(withWeights.predict(text));
        }
    }

    @Test
    void weightsFileStartsWithItsMagicAndFormatVersion() {
        byte[] weights = BUNDLE.files().get(ModelBundle.WEIGHTS_FILE);

        assertThat(new String(weights, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("SNTW");
        assertThat(java.nio.ByteBuffer.wrap(weights, 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt())
                .isEqualTo(1);
    }

    @Test
    void refusesMalformedWeightsEvenWithAMatchingHash() {
        byte[] weights = BUNDLE.files().get(ModelBundle.WEIGHTS_FILE);
        byte[] truncated = java.util.Arrays.copyOf(weights, weights.length - 8);
        byte[] badMagic = weights.clone();
        badMagic[0] = 'X';
        byte[] futureVersion = weights.clone();
        futureVersion[4] = 2;

        assertThatThrownBy(() -> forge(BUNDLE, ModelBundle.WEIGHTS_FILE, truncated).open())
                .isInstanceOf(ModelBundleException.class).hasMessageContaining("weights.bin");
        assertThatThrownBy(() -> forge(BUNDLE, ModelBundle.WEIGHTS_FILE, badMagic).open())
                .isInstanceOf(ModelBundleException.class).hasMessageContaining("bad magic");
        assertThatThrownBy(() -> forge(BUNDLE, ModelBundle.WEIGHTS_FILE, futureVersion).open())
                .isInstanceOf(ModelBundleException.class).hasMessageContaining("format version 2");
    }

    @Test
    void refusesTamperedWeights(@TempDir Path dir) throws Exception {
        BundleDirectory.write(BUNDLE, dir);
        byte[] weights = Files.readAllBytes(dir.resolve(ModelBundle.WEIGHTS_FILE));
        weights[weights.length - 3] ^= 0x01;
        Files.write(dir.resolve(ModelBundle.WEIGHTS_FILE), weights);

        assertThatThrownBy(() -> BundleDirectory.read(dir).open())
                .isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("integrity check")
                .hasMessageContaining(ModelBundle.WEIGHTS_FILE);
    }

    /** The bundle with one file replaced and its hash updated to match: only the content is wrong. */
    private static ModelBundle forge(ModelBundle bundle, String name, byte[] content) {
        Map<String, byte[]> files = new HashMap<>(bundle.files());
        files.put(name, content);
        Map<String, String> hashes = new HashMap<>(bundle.manifest().files());
        hashes.put(name, Sha256.hex(content));
        return new ModelBundle(bundle.manifest().withFiles(hashes, hashes.get(ModelBundle.MODEL_FILE), "4.3.2",
                bundle.manifest().labels()), files);
    }

    /** The bundle as packed before weights.bin existed. */
    static ModelBundle without(ModelBundle bundle, String name) {
        Map<String, byte[]> files = new HashMap<>(bundle.files());
        files.remove(name);
        Map<String, String> hashes = new HashMap<>(bundle.manifest().files());
        hashes.remove(name);
        return new ModelBundle(bundle.manifest().withFiles(hashes, bundle.manifest().modelSha256(),
                bundle.manifest().tribuoVersion(), bundle.manifest().labels()), files);
    }
}
