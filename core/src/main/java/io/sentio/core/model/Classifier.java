package io.sentio.core.model;

import io.sentio.core.decision.DecisionRule;
import io.sentio.core.features.FeatureBuffer;
import io.sentio.core.features.FeatureExtractor;
import io.sentio.core.features.FeatureVector;
import io.sentio.core.features.Vocabulary;
import io.sentio.core.text.SentenceSplitter;
import io.sentio.core.text.TextCleaner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * Raw text → label and probabilities, the same way for evaluation at training and for serving.
 * Linear models are scored by {@link LinearScorer} (the same arithmetic as Tribuo's predict, minus
 * its per-example bookkeeping), read from the bundle's {@code weights.bin} when it has one (then the
 * Tribuo model is never deserialised to serve) or else built from the Tribuo model; other models
 * go through Tribuo. Thread-safe: Tribuo's predict is,
 * the cleaner, splitter, extractor and scorer are immutable, and the feature buffers are per thread.
 */
public final class Classifier {
    /**
     * Always present, so that a text made only of unknown words still reaches the model (Tribuo
     * refuses an example with no known feature). '<' never occurs in a token, so no word clashes.
     */
    public static final String BIAS_FEATURE = "<bias>";

    private final Manifest manifest;
    private final LoadedModel loaded;
    private final FeatureExtractor features;
    private final LinearScorer scorer;
    private final DecisionRule rule;
    private final boolean multiLabel;
    private final ThreadLocal<FeatureBuffer> buffers = ThreadLocal.withInitial(FeatureBuffer::new);
    private final TextCleaner cleaner = new TextCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();

    public Classifier(LoadedModel loaded) {
        this.manifest = loaded.manifest();
        this.loaded = loaded;
        this.features = loaded.features();
        this.rule = manifest.decision().rule();
        this.multiLabel = manifest.decision().multiLabel();
        // No features (a deliberately broken model in tests): fail per prediction, as before, not here.
        // Stored weights were checked against Tribuo when the bundle was packed.
        this.scorer = features == null ? null : loaded.storedScorer()
                .or(() -> LinearScorer.of(loaded.model(), features.vocabulary()).filter(this::agreesWithTribuo))
                .orElse(null);
    }

    public Manifest manifest() {
        return manifest;
    }

    /** The cleaning every text goes through before its features are extracted. */
    public TextCleaner cleaner() {
        return cleaner;
    }

    /** How sentences are found in a clean text, as {@link #predictWithSentences} finds them. */
    public SentenceSplitter splitter() {
        return splitter;
    }

    /** How a clean text becomes features for this model. */
    public FeatureExtractor features() {
        return features;
    }

    /** Whether the model answers a set of labels (independent probabilities) rather than one label. */
    public boolean multiLabel() {
        return multiLabel;
    }

    /** The model's labels, in the order it scores them. Touches no text, so it works for any loaded model. */
    public List<String> labels() {
        if (scorer != null) {
            return List.of(scorer.labels());
        }
        org.tribuo.ImmutableOutputInfo<?> outputs = loaded.model().getOutputIDInfo();
        List<String> labels = new ArrayList<>(outputs.size());
        for (int id = 0; id < outputs.size(); id++) {
            labels.add(TribuoOutputs.name(outputs.getOutput(id)));
        }
        return List.copyOf(labels);
    }

    /** The weights of a linear model scored directly; empty for other models (factorisation machines, …). */
    public Optional<LinearWeights> linearWeights() {
        return Optional.ofNullable(scorer).map(LinearWeights::new);
    }

    /**
     * The probabilities (independent per label for a multi-label model) the model gives to a
     * feature vector of one's own making, e.g. a text's features with one term left out. Goes
     * through the Tribuo model, deserialising it if it has not been yet.
     */
    public Map<String, Double> probabilities(FeatureVector vector) {
        String[] names = Arrays.copyOf(vector.names(), vector.size() + 1);
        double[] values = Arrays.copyOf(vector.values(), vector.size() + 1);
        names[vector.size()] = BIAS_FEATURE;
        values[vector.size()] = 1.0;
        return toPrediction(TribuoOutputs.predict(loaded.model(), new ArrayExample<>(TribuoOutputs.unknown(loaded.model()),
                names, values))).probabilities();
    }

    /** Cleans and classifies a raw text. */
    public Prediction predict(String rawText) {
        return predictClean(cleaner.clean(rawText));
    }

    /**
     * Classifies the whole text and each of its sentences; a one-sentence text is classified once.
     * Carries the whole text's unknown-term share, as {@link #observe} does.
     */
    public TextPrediction predictWithSentences(String rawText) {
        String clean = cleaner.clean(rawText);
        ObservedPrediction observed = observeClean(clean);
        Prediction overall = observed.prediction();
        List<SentencePrediction> sentences = new ArrayList<>();
        for (String sentence : splitter.split(clean)) {
            Prediction prediction = sentence.equals(clean) ? overall : predictClean(sentence);
            sentences.add(new SentencePrediction(sentence, prediction));
        }
        return new TextPrediction(overall, sentences, observed.unknownTermShare());
    }

    /**
     * Cleans and classifies a raw text, and tells how much of it the vocabulary knows: the share
     * comes from the same feature extraction as the prediction, so it costs next to nothing.
     */
    public ObservedPrediction observe(String rawText) {
        return observeClean(cleaner.clean(rawText));
    }

    /** {@link #observe} for text that has already been through {@link TextCleaner}. */
    public ObservedPrediction observeClean(String cleanText) {
        Prediction prediction = predictClean(cleanText);
        FeatureBuffer buffer = buffers.get();
        if (scorer == null) {
            features.extractInto(cleanText, buffer);
        }
        // On the direct path predictClean has just extracted this text into this thread's buffer.
        return new ObservedPrediction(prediction, buffer.unknownTermShare());
    }

    /** Classifies text that has already been through {@link TextCleaner}. */
    public Prediction predictClean(String cleanText) {
        if (scorer == null) {
            return predictCleanWithTribuo(cleanText);
        }
        FeatureBuffer buffer = buffers.get();
        features.extractInto(cleanText, buffer);
        return toPrediction(scorer.labels(), scorer.score(buffer), scorer.probabilistic());
    }

    /** Tribuo's own predict on the same features: for models without a direct scorer, and to check one. */
    Prediction predictCleanWithTribuo(String cleanText) {
        return toPrediction(TribuoOutputs.predict(loaded.model(), features, cleanText));
    }

    /** Whether the direct scorer is in use (false: every prediction goes through Tribuo). */
    boolean scoresDirectly() {
        return scorer != null;
    }

    /** The Tribuo example for a clean text; training builds its examples with this too. */
    public static ArrayExample<Label> example(FeatureExtractor features, String cleanText) {
        return example(features, cleanText, LabelFactory.UNKNOWN_LABEL);
    }

    /** An example with its output: a {@link Label}, or a {@code MultiLabel} for a multi-label model. */
    public static <T extends Output<T>> ArrayExample<T> example(FeatureExtractor features, String cleanText, T label) {
        FeatureVector vector = features.extract(cleanText);
        String[] names = Arrays.copyOf(vector.names(), vector.size() + 1);
        double[] values = Arrays.copyOf(vector.values(), vector.size() + 1);
        names[vector.size()] = BIAS_FEATURE;
        values[vector.size()] = 1.0;
        return new ArrayExample<>(label, names, values);
    }

    /**
     * A last guard on the scorer's assumptions (Tribuo's normaliser is private, so it is inferred):
     * a probe made of a few known terms must score exactly as Tribuo scores it, or the classifier
     * stays on Tribuo's path. The equivalence over real texts is what ClassifierScoringTest proves.
     */
    private boolean agreesWithTribuo(LinearScorer candidate) {
        Vocabulary vocabulary = features.vocabulary();
        String probe = vocabulary.size() == 0 ? "" : String.join(" ", vocabulary.term(0),
                vocabulary.term(vocabulary.size() / 2), vocabulary.term(vocabulary.size() - 1));
        FeatureBuffer buffer = new FeatureBuffer();
        features.extractInto(probe, buffer);
        return toPrediction(candidate.labels(), candidate.score(buffer), candidate.probabilistic())
                .equals(predictCleanWithTribuo(probe));
    }

    private Prediction toPrediction(Map<String, ? extends Output<?>> scores) {
        double[] values = new double[scores.size()];
        String[] labels = new String[scores.size()];
        int i = 0;
        for (Map.Entry<String, ? extends Output<?>> e : scores.entrySet()) {
            labels[i] = e.getKey();
            values[i] = TribuoOutputs.score(e.getValue());
            i++;
        }
        return toPrediction(labels, values, loaded.model().generatesProbabilities());
    }

    /**
     * Scores in Tribuo's output order → prediction; the label (or, multi-label, the label set) is
     * chosen by the bundle's decision rule from the probabilities (by default the first highest, as
     * Tribuo picks it).
     */
    private Prediction toPrediction(String[] labels, double[] values, boolean probabilities) {
        if (!probabilities) {
            if (multiLabel) {
                sigmoid(values);
            } else {
                softmax(values);
            }
        }
        List<Integer> chosen = rule.choose(labels, values);
        if (multiLabel) {
            double distance = ((DecisionRule.LabelThresholds) rule).nearestDistance(labels, values);
            return Prediction.ofSet(chosen.stream().map(i -> labels[i]).toList(), ordered(labels, values), distance);
        }
        return new Prediction(labels[chosen.get(0)], ordered(labels, values));
    }

    /** Margin scores of a multi-label hinge model become independent per-label values in (0, 1). */
    private static void sigmoid(double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = 1 / (1 + Math.exp(-values[i]));
        }
    }

    /** Margin scores (hinge loss) become a distribution; uncalibrated, but ordered and comparable. */
    private static void softmax(double[] values) {
        double max = Arrays.stream(values).max().orElse(0);
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.exp(values[i] - max);
            sum += values[i];
        }
        for (int i = 0; i < values.length; i++) {
            values[i] /= sum;
        }
    }

    private static Map<String, Double> ordered(String[] labels, double[] values) {
        int[] order = new int[labels.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Most probable first, ties in label order: a stable insertion sort, as few labels as models have.
        for (int i = 1; i < order.length; i++) {
            int label = order[i];
            int at = i;
            while (at > 0 && Double.compare(values[label], values[order[at - 1]]) > 0) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = label;
        }
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int i : order) {
            probabilities.put(labels[i], values[i]);
        }
        return probabilities;
    }
}
