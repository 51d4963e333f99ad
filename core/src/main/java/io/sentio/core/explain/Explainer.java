package io.sentio.core.explain;

import io.sentio.core.features.FeatureExtractor;
import io.sentio.core.features.TermOccurrences;
import io.sentio.core.features.TokenSpans;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.Prediction;
import io.sentio.core.model.SentencePrediction;
import io.sentio.core.model.TextPrediction;
import io.sentio.core.text.CleanText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Explains a classifier's predictions: for the whole text and each sentence, the terms that
 * pushed the explained label's score up or down, each with every place it occurs in the text as
 * submitted. Linear models are explained exactly ({@link Method#LINEAR}), others by leaving one
 * term out at a time ({@link Method#LEAVE_ONE_TERM_OUT}). Immutable and thread-safe.
 */
public final class Explainer {
    private final Classifier classifier;
    private final FeatureExtractor features;
    private final Weighing weighing;
    private final Set<String> labels;

    public Explainer(Classifier classifier) {
        this.classifier = classifier;
        this.features = classifier.features();
        this.weighing = classifier.linearWeights()
                .<Weighing>map(weights -> new LinearWeighing(features, weights))
                .orElseGet(() -> new LeaveOneTermOut(classifier));
        this.labels = Set.copyOf(classifier.labels());
    }

    /** The method this model's explanations use. */
    public Method method() {
        return weighing.method();
    }

    /** The model's labels, sorted. */
    public List<String> labels() {
        return labels.stream().sorted().toList();
    }

    /** Whether {@code label} is one of the model's labels, i.e. can be explained. */
    public boolean knowsLabel(String label) {
        return labels.contains(label);
    }

    /**
     * Predicts {@code rawText} as {@link Classifier#predictWithSentences} does and explains the
     * whole text and each sentence.
     *
     * @throws IllegalArgumentException if {@code options} name a label the model does not have
     */
    public ExplainedText explain(String rawText, ExplainOptions options) {
        options.label().filter(label -> !knowsLabel(label)).ifPresent(label -> {
            throw new IllegalArgumentException("the model has no label '" + label + "'");
        });
        CleanText clean = classifier.cleaner().cleanWithOffsets(rawText);
        TextPrediction prediction = classifier.predictWithSentences(rawText);
        List<TokenSpans.Token> tokens = TokenSpans.of(clean.text(), features.config());
        // A sentence's n-grams are the whole text's that lie within it: found and located once.
        List<Located> occurrences = TermOccurrences.find(features, tokens, 0, tokens.size()).stream()
                .map(o -> new Located(o, clean)).toList();
        Explanation whole = explain(clean.text(), occurrences, prediction.overall(), options);
        List<Explanation> sentences = new ArrayList<>();
        int cursor = 0;
        for (SentencePrediction sentence : prediction.sentences()) {
            int end = sentenceEnd(sentence.text(), tokens, cursor);
            List<Located> within = List.of();
            if (end > cursor) {
                int from = tokens.get(cursor).start();
                int to = tokens.get(end - 1).end();
                within = occurrences.stream()
                        .filter(o -> o.occurrence().start() >= from && o.occurrence().end() <= to).toList();
            }
            sentences.add(explain(sentence.text(), within, sentence.prediction(), options));
            cursor = end;
        }
        return new ExplainedText(prediction, whole, sentences);
    }

    /** An occurrence of a term in the clean text, and where it lies in the text as submitted. */
    private record Located(TermOccurrences.Occurrence occurrence, Span span) {
        Located(TermOccurrences.Occurrence occurrence, CleanText clean) {
            this(occurrence, span(clean, occurrence));
        }

        private static Span span(CleanText clean, TermOccurrences.Occurrence occurrence) {
            int[] range = clean.sourceRange(occurrence.start(), occurrence.end());
            return new Span(range[0], range[1]);
        }
    }

    /**
     * Where a sentence's tokens end among the whole text's: sentences are consecutive runs of the
     * clean text (a fragment without words joins a neighbour with a space, which tokenises alike).
     */
    private int sentenceEnd(String sentence, List<TokenSpans.Token> tokens, int from) {
        List<TokenSpans.Token> own = TokenSpans.of(sentence, features.config());
        int end = from + own.size();
        for (int i = 0; i < own.size(); i++) {
            if (end > tokens.size() || !own.get(i).term().equals(tokens.get(from + i).term())) {
                throw new IllegalStateException("a sentence's tokens are not the next tokens of its text");
            }
        }
        return end;
    }

    private Explanation explain(String partText, List<Located> occurrences, Prediction prediction,
            ExplainOptions options) {
        Target target = target(prediction, options);
        Weighed weighed = weighing.weigh(partText, target);
        int[] positions = weighed.positions();
        double[] weights = weighed.weights();
        List<Integer> order = new ArrayList<>(positions.length);
        for (int i = 0; i < positions.length; i++) {
            if (weights[i] != 0.0) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(weights[i]))
                .thenComparing(i -> features.vocabulary().term(positions[i])));
        int listed = Math.min(options.maxTerms(), order.size());
        double other = 0;
        for (int k = listed; k < order.size(); k++) {
            other += weights[order.get(k)];
        }
        // Only the listed terms are located: one pass over the occurrences.
        Map<Integer, Occurrences> byPosition = new HashMap<>();
        for (int k = 0; k < listed; k++) {
            byPosition.put(positions[order.get(k)], new Occurrences());
        }
        for (Located located : occurrences) {
            Occurrences found = byPosition.get(located.occurrence().position());
            if (found != null) {
                found.add(located);
            }
        }
        List<TermWeight> top = new ArrayList<>(listed);
        for (int k = 0; k < listed; k++) {
            int i = order.get(k);
            Occurrences found = byPosition.get(positions[i]);
            top.add(new TermWeight(name(positions[i], found), weights[i], found.spans));
        }
        return new Explanation(target.label(), weighing.method(), target.rival(), weighed.bias(), weighed.score(),
                top, other);
    }

    /** A hashed model's feature is a bucket: it is named after the n-grams of this text that fell in it. */
    private String name(int position, Occurrences found) {
        if (!features.config().hashing() || found.texts.isEmpty()) {
            return features.vocabulary().term(position);
        }
        return String.join(" / ", found.texts);
    }

    private Target target(Prediction prediction, ExplainOptions options) {
        String label = options.label().orElseGet(() -> prediction.label().isEmpty()
                ? prediction.probabilities().keySet().iterator().next() : prediction.label());
        if (classifier.multiLabel()) {
            return new Target(label, Optional.empty());
        }
        // The probabilities are ordered most probable first: the rival is the first other label.
        return new Target(label, prediction.probabilities().keySet().stream().filter(l -> !l.equals(label)).findFirst());
    }

    /** One term's occurrences in the text as submitted. */
    private static final class Occurrences {
        private final List<Span> spans = new ArrayList<>();
        private final Set<String> texts = new LinkedHashSet<>();

        void add(Located located) {
            spans.add(located.span());
            texts.add(located.occurrence().text());
        }
    }
}
