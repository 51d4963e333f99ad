package io.sentio.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.sentio.core.features.FeatureExtractor;
import io.sentio.core.features.Vocabulary;
import io.sentio.core.json.Json;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tribuo.Model;
import org.tribuo.Tribuo;
import org.tribuo.classification.Label;
import org.tribuo.protos.core.ModelProto;

/**
 * A model as stored: its manifest plus the bytes of its files. {@code model.tribuo} is Tribuo's
 * protobuf {@code ModelProto}, gzip-compressed because Tribuo repeats class names for every
 * feature (about 180 bytes a feature, 7x smaller compressed); an uncompressed one loads too. Nothing is trusted until
 * {@link #open()} has checked every file against the manifest's sha256.
 */
public record ModelBundle(Manifest manifest, Map<String, byte[]> files) {
    public static final String MANIFEST_FILE = "manifest.json";
    public static final String MODEL_FILE = "model.tribuo";
    public static final String VOCABULARY_FILE = "vocabulary.tsv.gz";

    public ModelBundle {
        files = Map.copyOf(files);
    }

    /** Packs a freshly trained model; fills in labels, file hashes and the Tribuo version. */
    public static ModelBundle pack(Manifest draft, Model<Label> model, Vocabulary vocabulary) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(MODEL_FILE, Gzip.compress(model.serialize().toByteArray()));
        files.put(VOCABULARY_FILE, vocabulary.toBytes());
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((name, bytes) -> hashes.put(name, Sha256.hex(bytes)));
        List<String> labels = model.getOutputIDInfo().getDomain().stream().map(Label::getLabel).sorted().toList();
        Manifest manifest = draft.withFiles(hashes, hashes.get(MODEL_FILE), Tribuo.VERSION, labels);
        return new ModelBundle(manifest, files);
    }

    /** Reads a bundle from its files, manifest included. */
    public static ModelBundle fromFiles(Map<String, byte[]> filesWithManifest, String where) {
        byte[] manifestBytes = filesWithManifest.get(MANIFEST_FILE);
        if (manifestBytes == null) {
            throw new ModelBundleException("not a model bundle: " + where + " has no " + MANIFEST_FILE);
        }
        Manifest manifest = parseManifest(manifestBytes, where);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : manifest.files().keySet()) {
            byte[] bytes = filesWithManifest.get(name);
            if (bytes == null) {
                throw new ModelBundleException("incomplete model bundle " + where + ": missing " + name);
            }
            files.put(name, bytes);
        }
        return new ModelBundle(manifest, files);
    }

    /** The names of the files a manifest lists, so a reader fetches only those. */
    public static java.util.Set<String> listedFiles(byte[] manifestBytes, String where) {
        return parseManifest(manifestBytes, where).files().keySet();
    }

    private static Manifest parseManifest(byte[] manifestBytes, String where) {
        Manifest manifest;
        try {
            manifest = Json.mapper().readValue(manifestBytes, Manifest.class);
        } catch (IOException e) {
            throw new ModelBundleException("unreadable " + MANIFEST_FILE + " in " + where + ": " + e.getMessage(), e);
        }
        if (manifest.files() == null || manifest.files().isEmpty()) {
            throw new ModelBundleException(MANIFEST_FILE + " in " + where + " lists no files");
        }
        return manifest;
    }

    public ModelBundle withManifest(Manifest newManifest) {
        return new ModelBundle(newManifest, files);
    }

    public byte[] manifestBytes() {
        try {
            return Json.mapper().writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest cannot be written as JSON", e);
        }
    }

    /** Verifies every file's sha256, then loads the model and its feature extractor. */
    public LoadedModel open() {
        verify();
        Model<Label> model = deserializeModel(files.get(MODEL_FILE));
        Vocabulary vocabulary;
        try {
            vocabulary = Vocabulary.fromBytes(files.get(VOCABULARY_FILE));
        } catch (IOException e) {
            throw new ModelBundleException("unreadable " + VOCABULARY_FILE + ": " + e.getMessage(), e);
        }
        return new LoadedModel(manifest, model, new FeatureExtractor(manifest.features(), vocabulary));
    }

    /** Refuses a bundle whose files do not match the sha256 recorded in its manifest. */
    public void verify() {
        for (String required : List.of(MODEL_FILE, VOCABULARY_FILE)) {
            if (!files.containsKey(required)) {
                throw new ModelBundleException("model bundle " + describe() + " has no " + required);
            }
        }
        manifest.files().forEach((name, expected) -> {
            String actual = Sha256.hex(files.get(name));
            if (!actual.equals(expected)) {
                throw new ModelBundleException("model bundle " + describe() + " failed its integrity check: "
                        + name + " has sha256 " + actual + " but the manifest says " + expected
                        + " (file changed or corrupted)");
            }
        });
        if (!manifest.files().get(MODEL_FILE).equals(manifest.modelSha256())) {
            throw new ModelBundleException("model bundle " + describe()
                    + " failed its integrity check: model_sha256 disagrees with files." + MODEL_FILE);
        }
    }

    private String describe() {
        return "'" + manifest.name() + "' version " + manifest.version();
    }

    @SuppressWarnings("unchecked")
    private static Model<Label> deserializeModel(byte[] bytes) {
        try {
            Model<?> model = Model.deserialize(ModelProto.parseFrom(Gzip.decompressIfGzipped(bytes)));
            if (!model.validate(Label.class)) {
                throw new ModelBundleException(MODEL_FILE + " is not a classification model");
            }
            return (Model<Label>) model;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelBundleException mbe) {
                throw mbe;
            }
            throw new ModelBundleException("unreadable " + MODEL_FILE + " (not a Tribuo protobuf model): "
                    + e.getMessage(), e);
        }
    }
}
