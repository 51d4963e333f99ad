package io.sentio.core.features;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An upper bound on every term's document frequency, from a first pass that counts hashes instead
 * of terms (no String is made): buckets shared by several terms add their counts, so a term's
 * bucket never holds less than its own document frequency. Terms whose bucket stays under the
 * minimum count cannot reach it and need not be counted by name; with trigrams over long texts
 * those are most of the terms (aclImdb: millions of n-grams seen in fewer than 4 reviews).
 */
final class DocumentFrequencySketch {
    /** No first pass: every term may reach any count. */
    static final DocumentFrequencySketch NONE = new DocumentFrequencySketch(null);

    private static final int BUCKET_BITS = 24;

    private final int[] counts;

    private DocumentFrequencySketch(int[] counts) {
        this.counts = counts;
    }

    static DocumentFrequencySketch of(TermCounter counter, List<String> cleanTexts, int slices) {
        int[] total = IntStream.range(0, slices).parallel()
                .mapToObj(slice -> {
                    int[] counts = new int[1 << BUCKET_BITS];
                    StringBuilder gram = new StringBuilder(32);
                    int[] buckets = new int[256];
                    for (int i = slice; i < cleanTexts.size(); i += slices) {
                        int[][] holder = {buckets};
                        int[] size = {0};
                        counter.forEachTerm(cleanTexts.get(i), gram, (term, hash, unigram) -> {
                            if (size[0] == holder[0].length) {
                                holder[0] = Arrays.copyOf(holder[0], size[0] * 2);
                            }
                            holder[0][size[0]++] = bucket(hash);
                        });
                        buckets = holder[0];
                        // Once per text: sort, then count each distinct bucket once.
                        Arrays.sort(buckets, 0, size[0]);
                        for (int j = 0; j < size[0]; j++) {
                            if (j == 0 || buckets[j] != buckets[j - 1]) {
                                counts[buckets[j]]++;
                            }
                        }
                    }
                    return counts;
                })
                .reduce((a, b) -> {
                    for (int j = 0; j < a.length; j++) {
                        a[j] += b[j];
                    }
                    return a;
                })
                .orElseGet(() -> new int[1 << BUCKET_BITS]);
        return new DocumentFrequencySketch(total);
    }

    /** Whether the term of this {@link String#hashCode()} may occur in at least {@code minCount} texts. */
    boolean mayReach(int stringHash, int minCount) {
        return counts == null || counts[bucket(stringHash)] >= minCount;
    }

    private static int bucket(int stringHash) {
        return Murmur3.finalise(stringHash) & ((1 << BUCKET_BITS) - 1);
    }
}
