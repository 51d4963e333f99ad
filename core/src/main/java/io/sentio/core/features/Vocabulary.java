package io.sentio.core.features;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The terms a model knows, each with its weight (the idf, or 1 when idf is off). Learnt from the
 * training texts and stored in the bundle, so serving drops and weighs exactly the terms training did.
 */
public final class Vocabulary {
    /** Sorted, so a term's position is stable and also orders Tribuo's feature ids (sorted by name). */
    private final String[] terms;
    private final double[] weights;
    /**
     * Built at the first lookup by name: serving without hashing finds terms through the extractor's
     * token paths and never asks, so a loaded model does not pay for it (tens of ms, 11 MB for 176,000
     * terms). Racing threads may each build one; they are equal and immutable, so any will do.
     */
    private volatile TermIndex index;

    /** @param terms distinct and sorted; {@code weights[i]} belongs to {@code terms[i]} */
    private Vocabulary(String[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    private TermIndex index() {
        TermIndex built = index;
        if (built == null) {
            built = new TermIndex(terms);
            index = built;
        }
        return built;
    }

    private static Vocabulary of(Map<String, Double> weights) {
        TreeMap<String, Double> sorted = new TreeMap<>(weights);
        return new Vocabulary(sorted.keySet().toArray(String[]::new),
                sorted.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Keeps the terms found in at least {@code config.minCount()} of the texts.
     *
     * @param documentFrequencies how many training texts contain each term
     * @param documents           how many training texts there were
     */
    public static Vocabulary fit(FeatureConfig config, Map<String, Integer> documentFrequencies, int documents) {
        Map<String, Double> weights = new HashMap<>();
        documentFrequencies.forEach((term, df) -> {
            if (df >= config.minCount()) {
                weights.put(term, config.idf() ? smoothedIdf(documents, df) : 1.0);
            }
        });
        return of(weights);
    }

    /**
     * Keeps the terms found in at least {@code config.minCount()} of the texts; with
     * {@code config.maxTerms()}, only that many of them, the most telling first (naive-Bayes strength
     * times log document frequency, else document frequency); each weighted by its idf and, with
     * {@code config.nbWeighted()}, by its naive-Bayes strength. A term that tells nothing (strength
     * 0) is left out, as it would add nothing to any text.
     */
    public static Vocabulary fit(FeatureConfig config, TermStatistics statistics) {
        int documents = statistics.documents();
        Map<String, Double> weights = new HashMap<>();
        Map<String, Double> rank = new HashMap<>();
        statistics.frequencies().forEach((term, perLabel) -> {
            int df = 0;
            for (int n : perLabel) {
                df += n;
            }
            if (df < config.minCount()) {
                return;
            }
            double idf = smoothedIdf(documents, df);
            double strength = config.nbWeighted() ? statistics.nbStrength(perLabel) : 1.0;
            double weight = (config.idf() ? idf : 1.0) * (config.nbWeighted() ? strength : 1.0);
            if (weight > 0) {
                weights.put(term, weight);
                // Telling and frequent first: a strong ratio over two texts is mostly chance.
                rank.put(term, config.nbWeighted() ? strength * Math.log(df) : df);
            }
        });
        if (config.maxTerms() > 0 && weights.size() > config.maxTerms()) {
            List<String> kept = weights.keySet().stream()
                    .sorted(java.util.Comparator.<String>comparingDouble(rank::get).reversed()
                            .thenComparing(java.util.Comparator.naturalOrder()))
                    .limit(config.maxTerms())
                    .toList();
            Map<String, Double> limited = new HashMap<>();
            kept.forEach(t -> limited.put(t, weights.get(t)));
            return of(limited);
        }
        return of(weights);
    }

    /** Document frequencies of the terms in these texts. */
    public static Map<String, Integer> documentFrequencies(FeatureConfig config, Collection<String> cleanTexts) {
        TermCounter counter = new TermCounter(config);
        return cleanTexts.parallelStream()
                .map(text -> counter.count(text).keySet())
                .collect(HashMap::new,
                        (acc, terms) -> terms.forEach(t -> acc.merge(t, 1, Integer::sum)),
                        (a, b) -> b.forEach((t, n) -> a.merge(t, n, Integer::sum)));
    }

    /** Same formula as scikit-learn's smooth idf, so figures compare with the usual baselines. */
    private static double smoothedIdf(int documents, int df) {
        return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
    }

    public int size() {
        return terms.length;
    }

    /** Every term, sorted: the model's features, in a stable order. */
    public List<String> terms() {
        return List.of(terms);
    }

    /** The position of a term in {@link #terms()}, or -1 when the term is not in the vocabulary. */
    public int indexOf(CharSequence term) {
        return index().indexOf(term);
    }

    /** The same, given the term's {@link String#hashCode()} (which the extractor has at hand). */
    int indexOf(CharSequence term, int stringHash) {
        return index().indexOf(term, stringHash);
    }

    /** The term at a position of {@link #terms()}. */
    public String term(int position) {
        return terms[position];
    }

    /** The weight of the term at a position of {@link #terms()}. */
    double weightAt(int position) {
        return weights[position];
    }

    /** The weight of a term, or 0 when the term is not in the vocabulary. */
    double weight(String term) {
        int position = index().indexOf(term);
        return position < 0 ? 0.0 : weights[position];
    }

    /** Gzipped "term TAB weight" lines, sorted, so the same vocabulary always gives the same bytes. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(terms.length * 12);
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            for (int i = 0; i < terms.length; i++) {
                out.write(terms[i]);
                out.write('\t');
                out.write(Double.toString(weights[i]));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads {@link #toBytes()}. The lines are sorted as written, so they become the arrays directly
     * (no map, no re-sort: this is on the cold-start path); a file edited out of order still loads,
     * through a map, with the last line of a repeated term winning as it always did.
     */
    public static Vocabulary fromBytes(byte[] gzipped) throws IOException {
        List<String> terms = new ArrayList<>(1 << 16);
        double[] weights = new double[1 << 16];
        boolean sorted = true;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(gzipped), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.lastIndexOf('\t');
                if (tab <= 0) {
                    throw new IOException("vocabulary line " + (terms.size() + 1) + " is not 'term<TAB>weight'");
                }
                String term = line.substring(0, tab);
                if (weights.length == terms.size()) {
                    weights = Arrays.copyOf(weights, weights.length * 2);
                }
                try {
                    weights[terms.size()] = Double.parseDouble(line.substring(tab + 1));
                } catch (NumberFormatException e) {
                    throw new IOException("vocabulary line " + (terms.size() + 1) + " has no numeric weight", e);
                }
                sorted &= terms.isEmpty() || terms.get(terms.size() - 1).compareTo(term) < 0;
                terms.add(term);
            }
        }
        if (sorted) {
            return new Vocabulary(terms.toArray(String[]::new), Arrays.copyOf(weights, terms.size()));
        }
        Map<String, Double> byTerm = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            byTerm.put(terms.get(i), weights[i]);
        }
        return of(byTerm);
    }
}
