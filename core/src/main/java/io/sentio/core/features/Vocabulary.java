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
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The terms a model knows, each with its weight (the idf, or 1 when idf is off). Learnt from the
 * training texts and stored in the bundle, so serving drops and weighs exactly the terms training did.
 */
public final class Vocabulary {
    private final Map<String, Double> weights;

    private Vocabulary(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
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
        return new Vocabulary(weights);
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
        return weights.size();
    }

    /** Every term, sorted: the model's features, in a stable order. */
    public java.util.List<String> terms() {
        return weights.keySet().stream().sorted().toList();
    }

    /** The weight of a term, or 0 when the term is not in the vocabulary. */
    double weight(String term) {
        Double w = weights.get(term);
        return w == null ? 0.0 : w;
    }

    /** Gzipped "term TAB weight" lines, sorted, so the same vocabulary always gives the same bytes. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(weights.size() * 12);
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
                out.write(e.getKey());
                out.write('\t');
                out.write(Double.toString(e.getValue()));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Vocabulary fromBytes(byte[] gzipped) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(gzipped)), StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                int tab = line.lastIndexOf('\t');
                if (tab <= 0) {
                    throw new IOException("vocabulary line " + lineNo + " is not 'term<TAB>weight'");
                }
                try {
                    weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
                } catch (NumberFormatException e) {
                    throw new IOException("vocabulary line " + lineNo + " has no numeric weight", e);
                }
            }
        }
        return new Vocabulary(weights);
    }
}
