package io.sentio.core.features;

import java.util.Arrays;

/**
 * One text's features as (vocabulary position, value) pairs in ascending position order, in
 * arrays that grow once and are then reused: the serving path keeps one per thread, so extracting
 * a text allocates nothing here. Not thread-safe; confine an instance to one thread. Counting uses
 * an int per vocabulary term (0.7 MB for 176,000 terms), allocated at the first text.
 */
public final class FeatureBuffer {
    private int[] positions = new int[64];
    private double[] values = new double[64];
    private int size;
    private int tokens;
    private int unknownTokens;
    /** Occurrences per vocabulary position, and which positions have any (bit per position, bit per word). */
    private int[] counts = new int[0];
    private long[] seen = new long[0];
    private long[] seenWords = new long[0];
    /** Whether counts may hold occurrences not yet collected by {@link #countOccurrences}. */
    private boolean counting;
    private int[] tokenIds = new int[256];
    private char[] tokenChars = new char[32];
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

    /**
     * Empties the buffer for a text of a vocabulary of this many terms.
     */
    void clear(int vocabularySize) {
        size = 0;
        tokens = 0;
        unknownTokens = 0;
        if (counts.length < vocabularySize) {
            counts = new int[vocabularySize];
            seen = new long[(vocabularySize + 63) >>> 6];
            seenWords = new long[(seen.length + 63) >>> 6];
        } else if (counting) {
            // The last extraction stopped half way (it threw): forget what it had counted.
            Arrays.fill(counts, 0);
            Arrays.fill(seen, 0);
            Arrays.fill(seenWords, 0);
        }
        counting = true;
    }

    void countToken(boolean known) {
        tokens++;
        if (!known) {
            unknownTokens++;
        }
    }

    /** Records one occurrence of a term; {@link #countOccurrences} turns occurrences into counts. */
    void addOccurrence(int position) {
        if (counts[position]++ == 0) {
            int word = position >>> 6;
            seen[word] |= 1L << position;
            seenWords[word >>> 6] |= 1L << word;
        }
    }

    /**
     * Lists each term that occurred once, in ascending position, with its count as value; leaves the
     * counters empty for the next text. The occurrences were counted per vocabulary position and
     * marked in a two-level bit set, so listing them in order costs a walk over the marked words
     * (a few dozen words for 10⁵ terms, then one step per term) instead of a sort of every occurrence.
     */
    void countOccurrences() {
        for (int w = 0; w < seenWords.length; w++) {
            long words = seenWords[w];
            while (words != 0) {
                int word = (w << 6) + Long.numberOfTrailingZeros(words);
                words &= words - 1;
                long bits = seen[word];
                while (bits != 0) {
                    int position = (word << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    append(position, counts[position]);
                    counts[position] = 0;
                }
                seen[word] = 0;
            }
            seenWords[w] = 0;
        }
        counting = false;
    }

    private void append(int position, double value) {
        if (size == positions.length) {
            positions = Arrays.copyOf(positions, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        positions[size] = position;
        values[size] = value;
        size++;
    }

    /** Room for the token ids of a text of this many tokens (the old ones are not kept). */
    int[] tokenIds(int capacity) {
        if (tokenIds.length < capacity) {
            tokenIds = new int[Math.max(capacity, tokenIds.length * 2)];
        }
        return tokenIds;
    }

    /** Room for one token's characters (the old ones are not kept). */
    char[] tokenChars(int capacity) {
        if (tokenChars.length < capacity) {
            tokenChars = new char[Math.max(capacity, tokenChars.length * 2)];
        }
        return tokenChars;
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
