package io.sentio.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.core.testing.TestBundles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelBundleTest {
    private static final ModelBundle BUNDLE = TestBundles.sentiment();

    @Test
    void packRecordsLabelsHashesAndTribuoVersion() {
        Manifest manifest = BUNDLE.manifest();
        assertThat(manifest.labels()).containsExactly("negative", "neutral", "positive");
        assertThat(manifest.files()).containsOnlyKeys(ModelBundle.MODEL_FILE, ModelBundle.VOCABULARY_FILE);
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
        Map<String, byte[]> files = new HashMap<>(BUNDLE.files());
        byte[] garbage = "definitely not protobuf".getBytes();
        files.put(ModelBundle.MODEL_FILE, garbage);
        Map<String, String> hashes = new HashMap<>(BUNDLE.manifest().files());
        hashes.put(ModelBundle.MODEL_FILE, Sha256.hex(garbage));
        Manifest forged = BUNDLE.manifest().withFiles(hashes, Sha256.hex(garbage), "4.3.2", BUNDLE.manifest().labels());

        assertThatThrownBy(() -> new ModelBundle(forged, files).open())
                .isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("unreadable model.tribuo");
    }
}
