package io.sentio.core.features;

import java.util.Arrays;

/**
 * One text's features as (vocabulary position, value) pairs in ascending position order, in
 * arrays that grow once and are then reused: the serving path keeps one per thread, so extracting
 * a text allocates nothing here. Not thread-safe; confine an instance to one thread.
 */
public final class FeatureBuffer {
    private int[] positions = new int[64];
    private double[] values = new double[64];
    private int size;
    private int tokens;
    private int unknownTokens;
    /** Scratch space in which the extractor builds n-grams, reused like the arrays. */
    final StringBuilder gram = new StringBuilder(32);

    public int size() {
        return size;
    }

    /** The vocabulary position ({@link Vocabulary#term(int)}) of the i-th feature; ascending in i. */
    public int position(int i) {
        return positions[i];
    }

    public double value(int i) {
        return values[i];
    }

    /**
     * The share of the text's tokens (unigrams, each occurrence) that the vocabulary does not know,
     * in [0, 1]; 0 for a text without tokens. A model is blind to unknown tokens, so a rising share
     * is the cheapest sign that incoming text no longer looks like the training data.
     */
    public double unknownTermShare() {
        return tokens == 0 ? 0.0 : (double) unknownTokens / tokens;
    }

    void clear() {
        size = 0;
        tokens = 0;
        unknownTokens = 0;
    }

    void countToken(boolean known) {
        tokens++;
        if (!known) {
            unknownTokens++;
        }
    }

    /** Records one occurrence of a term; {@link #countOccurrences} turns occurrences into counts. */
    void addOccurrence(int position) {
        if (size == positions.length) {
            positions = Arrays.copyOf(positions, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        positions[size++] = position;
    }

    /** Sorts the occurrences and collapses each run to one entry whose value is its count. */
    void countOccurrences() {
        Arrays.sort(positions, 0, size);
        int distinct = 0;
        for (int i = 0; i < size; ) {
            int position = positions[i];
            int run = i;
            while (run < size && positions[run] == position) {
                run++;
            }
            positions[distinct] = position;
            values[distinct] = run - i;
            distinct++;
            i = run;
        }
        size = distinct;
    }

    void set(int i, int position, double value) {
        positions[i] = position;
        values[i] = value;
    }

    void truncate(int newSize) {
        size = newSize;
    }

    void divideBy(double norm) {
        for (int i = 0; i < size; i++) {
            values[i] /= norm;
        }
    }
}
