package io.sentio.core.features;

/**
 * Clean text → feature vector, exactly as configured at training. Immutable and thread-safe: one
 * instance serves every request of a Lambda environment. {@link #extract} (training, Tribuo) and
 * {@link #extractInto} (the serving fast path) are one computation: the first is the second plus
 * the terms' names.
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

    /** The features by name, in vocabulary order. */
    public FeatureVector extract(String cleanText) {
        FeatureBuffer buffer = new FeatureBuffer();
        extractInto(cleanText, buffer);
        String[] names = new String[buffer.size()];
        double[] values = new double[buffer.size()];
        for (int i = 0; i < buffer.size(); i++) {
            names[i] = vocabulary.term(buffer.position(i));
            values[i] = buffer.value(i);
        }
        return new FeatureVector(names, values);
    }

    /**
     * The features by vocabulary position, ascending, into a reusable buffer. Terms outside the
     * vocabulary are dropped before counting; how many of the text's tokens were among them is
     * kept as {@link FeatureBuffer#unknownTermShare()}.
     */
    public void extractInto(String cleanText, FeatureBuffer out) {
        out.clear();
        counter.forEachTerm(cleanText, out.gram, (term, hash, unigram) -> {
            int position = vocabulary.indexOf(term, hash);
            if (unigram) {
                out.countToken(position >= 0);
            }
            if (position >= 0) {
                out.addOccurrence(position);
            }
        });
        out.countOccurrences();
        int n = 0;
        double squares = 0;
        for (int i = 0; i < out.size(); i++) {
            int position = out.position(i);
            double weight = vocabulary.weightAt(position);
            if (weight == 0.0) {
                continue;
            }
            double value = config.weighting().weigh((int) out.value(i)) * weight;
            out.set(n++, position, value);
            squares += value * value;
        }
        out.truncate(n);
        if (config.l2Normalize() && squares > 0) {
            out.divideBy(Math.sqrt(squares));
        }
    }
}
