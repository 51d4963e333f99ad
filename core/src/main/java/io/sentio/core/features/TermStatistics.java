package io.sentio.core.features;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * In how many training texts of each label every term occurs: what a vocabulary is fitted from
 * (document frequency for the minimum count and idf, its split by label for naive-Bayes weights).
 */
public final class TermStatistics {
    private final List<String> labels;
    private final int[] documentsPerLabel;
    private final Map<String, int[]> frequencies;

    private TermStatistics(List<String> labels, int[] documentsPerLabel, Map<String, int[]> frequencies) {
        this.labels = labels;
        this.documentsPerLabel = documentsPerLabel;
        this.frequencies = frequencies;
    }

    /**
     * Counts the terms of each text once per text, in parallel on the caller's pool.
     *
     * @param textLabels the label of each text, same order as {@code cleanTexts}
     */
    public static TermStatistics count(FeatureConfig config, List<String> cleanTexts, List<String> textLabels) {
        if (cleanTexts.size() != textLabels.size()) {
            throw new IllegalArgumentException(cleanTexts.size() + " texts but " + textLabels.size() + " labels");
        }
        List<String> labels = textLabels.stream().distinct().sorted().toList();
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            labelIndex.put(labels.get(i), i);
        }
        int[] documents = new int[labels.size()];
        textLabels.forEach(l -> documents[labelIndex.get(l)]++);
        int k = labels.size();
        TermCounter counter = new TermCounter(config);
        int slices = Math.max(1, Math.min(cleanTexts.size(), Runtime.getRuntime().availableProcessors()));
        DocumentFrequencySketch sketch = config.minCount() > 1
                ? DocumentFrequencySketch.of(counter, cleanTexts, slices) : DocumentFrequencySketch.NONE;
        // One map per core, merged once at the end: a parallel collect would merge maps of millions
        // of n-grams at every level of its fork tree.
        List<Map<String, int[]>> counted = IntStream.range(0, slices).parallel()
                .mapToObj(slice -> {
                    Map<String, int[]> acc = new HashMap<>();
                    StringBuilder gram = new StringBuilder(32);
                    java.util.Set<String> terms = new java.util.HashSet<>();
                    for (int i = slice; i < cleanTexts.size(); i += slices) {
                        int label = labelIndex.get(textLabels.get(i));
                        terms.clear();
                        counter.forEachTerm(cleanTexts.get(i), gram, (term, hash, unigram) -> {
                            if (sketch.mayReach(hash, config.minCount())) {
                                terms.add(term.toString());
                            }
                        });
                        terms.forEach(t -> acc.computeIfAbsent(t, x -> new int[k])[label]++);
                    }
                    return acc;
                })
                .toList();
        Map<String, int[]> frequencies = counted.stream().max(java.util.Comparator.comparingInt(Map::size)).orElseThrow();
        for (Map<String, int[]> other : counted) {
            if (other != frequencies) {
                other.forEach((t, n) -> frequencies.merge(t, n, TermStatistics::add));
            }
        }
        return new TermStatistics(labels, documents, frequencies);
    }

    private static int[] add(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    public List<String> labels() {
        return labels;
    }

    public int documents() {
        return Arrays.stream(documentsPerLabel).sum();
    }

    int documents(int label) {
        return documentsPerLabel[label];
    }

    /**
     * Every term that can reach the configuration's minimum count (all terms seen when it is 1),
     * with its document frequency per label (in {@link #labels()} order).
     */
    Map<String, int[]> frequencies() {
        return frequencies;
    }

    /** How many texts of any label contain each term (of those in {@link #frequencies()}). */
    public Map<String, Integer> documentFrequencies() {
        Map<String, Integer> df = new HashMap<>(frequencies.size() * 2);
        frequencies.forEach((term, perLabel) -> df.put(term, Arrays.stream(perLabel).sum()));
        return df;
    }

    /**
     * How strongly a term tells the labels apart: the largest |log(P(term | label) / P(term | other
     * labels))| over the labels, with document probabilities smoothed by one text (Bernoulli naive
     * Bayes; NBSVM's log-count ratio, one label against the rest). 0 for a term equally likely
     * under every label; the sign is left to the model, which learns a weight per label anyway.
     */
    double nbStrength(int[] perLabel) {
        int total = 0;
        for (int n : perLabel) {
            total += n;
        }
        int all = documents();
        double strongest = 0;
        for (int l = 0; l < perLabel.length; l++) {
            double inLabel = (perLabel[l] + 1.0) / (documentsPerLabel[l] + 2.0);
            double elsewhere = (total - perLabel[l] + 1.0) / (all - documentsPerLabel[l] + 2.0);
            strongest = Math.max(strongest, Math.abs(Math.log(inLabel / elsewhere)));
            if (perLabel.length == 2) {
                break; // with two labels, the second ratio is the first's mirror
            }
        }
        return strongest;
    }
}
