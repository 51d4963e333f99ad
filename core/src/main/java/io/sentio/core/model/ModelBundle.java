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
 *
 * <p>A linear SGD model is also packed as {@value #WEIGHTS_FILE}: its weight rows in vocabulary order,
 * labels and normaliser, in the layout documented on {@link LinearScorer}. A bundle that has it is
 * served from it without deserialising {@code model.tribuo} (that happens only if something asks
 * for the Tribuo model); bundles without it (older ones, factorisation machines) load as before.
 */
public record ModelBundle(Manifest manifest, Map<String, byte[]> files) {
    public static final String MANIFEST_FILE = "manifest.json";
    public static final String MODEL_FILE = "model.tribuo";
    public static final String VOCABULARY_FILE = "vocabulary.tsv.gz";
    public static final String WEIGHTS_FILE = "weights.bin";

    public ModelBundle {
        files = Map.copyOf(files);
    }

    /**
     * Packs a freshly trained model; fills in labels, file hashes and the Tribuo version. A linear
     * SGD model also gets {@value #WEIGHTS_FILE}, written only once the scorer read back from it
     * scores probe texts exactly as Tribuo does (else packing fails: a bundle must not answer
     * differently from its model).
     */
    public static ModelBundle pack(Manifest draft, Model<?> model, Vocabulary vocabulary) {
        if (TribuoOutputs.isMultiLabel(model) != draft.decision().multiLabel()) {
            throw new ModelBundleException("cannot pack: the model is " + (TribuoOutputs.isMultiLabel(model)
                    ? "multi-label" : "single-label") + " but the manifest's decision is for a "
                    + draft.decision().task().wireName() + " model");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(MODEL_FILE, Gzip.compress(model.serialize().toByteArray()));
        files.put(VOCABULARY_FILE, vocabulary.toBytes());
        if (draft.features() != null) {
            FeatureExtractor features = new FeatureExtractor(draft.features(), vocabulary);
            LinearScorer.of(model, vocabulary).ifPresent(scorer -> {
                byte[] weights = scorer.toBytes();
                checkAgainstTribuo(LinearScorer.fromBytes(weights, vocabulary), model, features);
                files.put(WEIGHTS_FILE, weights);
            });
        }
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((name, bytes) -> hashes.put(name, Sha256.hex(bytes)));
        List<String> labels = model.getOutputIDInfo().getDomain().stream().map(TribuoOutputs::name).sorted().toList();
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
        List<String> missing = new java.util.ArrayList<>();
        for (String name : manifest.files().keySet()) {
            byte[] bytes = filesWithManifest.get(name);
            if (bytes == null) {
                missing.add(name);
            } else {
                files.put(name, bytes);
            }
        }
        if (!missing.isEmpty()) {
            // A file that is there but altered is the graver fault (a copy that left out a newer
            // file such as weights.bin, of a tampered model): say so first.
            files.forEach((name, bytes) -> {
                String actual = Sha256.hex(bytes);
                if (!actual.equals(manifest.files().get(name))) {
                    throw new ModelBundleException("model bundle " + where + " failed its integrity check: " + name
                            + " has sha256 " + actual + " but the manifest says " + manifest.files().get(name)
                            + " (file changed or corrupted)");
                }
            });
            throw new ModelBundleException("incomplete model bundle " + where + ": missing " + String.join(", ", missing));
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

    /**
     * Probe texts (a few terms from across the vocabulary, one text per tenth of it, and a text of
     * unknown words) must get exactly Tribuo's scores from the scorer read back from the weights.
     */
    static void checkAgainstTribuo(LinearScorer scorer, Model<?> model, FeatureExtractor features) {
        Vocabulary vocabulary = features.vocabulary();
        List<String> probes = new java.util.ArrayList<>(List.of("", "zzzzqqqq"));
        int n = vocabulary.size();
        if (n > 0) {
            probes.add(String.join(" ", vocabulary.term(0), vocabulary.term(n / 2), vocabulary.term(n - 1)));
            for (int part = 0; part < 10; part++) {
                StringBuilder text = new StringBuilder();
                for (int p = part * n / 10; p < Math.min(n, (part + 1) * n / 10); p += Math.max(1, n / 400)) {
                    text.append(vocabulary.term(p)).append(' ');
                }
                probes.add(text.toString());
            }
        }
        io.sentio.core.features.FeatureBuffer buffer = new io.sentio.core.features.FeatureBuffer();
        String[] labels = scorer.labels();
        if (scorer.probabilistic() != model.generatesProbabilities()) {
            throw new ModelBundleException("cannot pack: the stored weights' normaliser disagrees with the model's");
        }
        for (String probe : probes) {
            features.extractInto(probe, buffer);
            double[] direct = scorer.score(buffer);
            Map<String, ? extends org.tribuo.Output<?>> tribuo = TribuoOutputs.predict(model, features, probe);
            boolean same = tribuo.size() == labels.length;
            for (int l = 0; same && l < labels.length; l++) {
                org.tribuo.Output<?> expected = tribuo.get(labels[l]);
                same = expected != null && Math.abs(TribuoOutputs.score(expected) - direct[l]) <= 1e-12;
            }
            if (!same) {
                throw new ModelBundleException("cannot pack: " + WEIGHTS_FILE + " would score '"
                        + (probe.length() > 60 ? probe.substring(0, 60) + "…" : probe) + "' as "
                        + java.util.Arrays.toString(direct) + " but Tribuo scores it " + tribuo);
            }
        }
    }

    /**
     * Verifies every file's sha256, then loads the vocabulary and, with {@value #WEIGHTS_FILE}, the
     * scorer from it, leaving the Tribuo model to be deserialised on first need; without it, the
     * Tribuo model now.
     */
    public LoadedModel open() {
        verify();
        Vocabulary vocabulary;
        try {
            vocabulary = Vocabulary.fromBytes(files.get(VOCABULARY_FILE));
        } catch (IOException e) {
            throw new ModelBundleException("unreadable " + VOCABULARY_FILE + ": " + e.getMessage(), e);
        }
        FeatureExtractor features = new FeatureExtractor(manifest.features(), vocabulary);
        byte[] weights = files.get(WEIGHTS_FILE);
        if (weights == null) {
            return new LoadedModel(manifest, deserializeModel(files.get(MODEL_FILE), manifest), features);
        }
        LinearScorer scorer = LinearScorer.fromBytes(weights, vocabulary);
        if (!new java.util.TreeSet<>(List.of(scorer.labels())).equals(new java.util.TreeSet<>(manifest.labels()))) {
            throw new ModelBundleException("model bundle " + describe() + ": " + WEIGHTS_FILE + " has labels "
                    + List.of(scorer.labels()) + " but the manifest says " + manifest.labels());
        }
        byte[] modelBytes = files.get(MODEL_FILE);
        return new LoadedModel(manifest, () -> deserializeModel(modelBytes, manifest), features, scorer);
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

    /** The Tribuo model, which must be of the task the manifest's decision names. */
    private static Model<?> deserializeModel(byte[] bytes, Manifest manifest) {
        try {
            Model<?> model = Model.deserialize(ModelProto.parseFrom(Gzip.decompressIfGzipped(bytes)));
            boolean multiLabel = manifest.decision().multiLabel();
            if (!model.validate(multiLabel ? org.tribuo.multilabel.MultiLabel.class : Label.class)) {
                throw new ModelBundleException(MODEL_FILE + " is not a " + (multiLabel ? "multi-label" : "classification")
                        + " model, which the manifest's decision (" + manifest.decision().task().wireName()
                        + ") says it is");
            }
            return model;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelBundleException mbe) {
                throw mbe;
            }
            throw new ModelBundleException("unreadable " + MODEL_FILE + " (not a Tribuo protobuf model): "
                    + e.getMessage(), e);
        }
    }
}
