package io.sentio.core.features;

import java.util.Map;

/**
 * Clean text → feature vector, exactly as configured at training. Immutable and thread-safe: one
 * instance serves every request of a Lambda environment.
 */
public final class FeatureExtractor {
    private final FeatureConfig config;
    private final Vocabulary vocabulary;
    private final TermCounter counter;

    public FeatureExtractor(FeatureConfig config, Vocabulary vocabulary) {
        this.config = config;
        this.vocabulary = vocabulary;
        this.counter = new TermCounter(config);
    }

    public FeatureConfig config() {
        return config;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public FeatureVector extract(String cleanText) {
        Map<String, Integer> counts = counter.count(cleanText);
        String[] names = new String[counts.size()];
        double[] values = new double[counts.size()];
        int n = 0;
        double squares = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double weight = vocabulary.weight(e.getKey());
            if (weight == 0.0) {
                continue;
            }
            double value = config.weighting().weigh(e.getValue()) * weight;
            names[n] = e.getKey();
            values[n] = value;
            squares += value * value;
            n++;
        }
        if (config.l2Normalize() && squares > 0) {
            double norm = Math.sqrt(squares);
            for (int i = 0; i < n; i++) {
                values[i] /= norm;
            }
        }
        return new FeatureVector(java.util.Arrays.copyOf(names, n), java.util.Arrays.copyOf(values, n));
    }
}
