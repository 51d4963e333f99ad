package io.sentio.training.prepare;

import io.sentio.core.text.TextCleaner;
import io.sentio.training.data.LabelledText;
import io.sentio.training.data.RowSink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Cleans each row as it streams in, drops empty and duplicate texts (counting why), and keeps
 * either every review or a seeded reservoir sample of them. Holds only the kept reviews and a
 * 64-bit fingerprint per distinct text, so a sample never loads the whole file.
 */
public final class ReviewCollector implements RowSink {
    private final TextCleaner cleaner;
    private final SkipCounter skips;
    private final Set<Long> seen;
    private final int sampleSize;
    private final SplittableRandom random;
    private final List<Review> kept = new ArrayList<>();
    private long accepted;

    /**
     * @param seen       fingerprints of texts already taken elsewhere (e.g. the test set); shared
     * @param sampleSize 0 to keep everything, otherwise the reservoir size
     */
    public ReviewCollector(TextCleaner cleaner, SkipCounter skips, Set<Long> seen, int sampleSize, long seed) {
        this.cleaner = cleaner;
        this.skips = skips;
        this.seen = seen;
        this.sampleSize = sampleSize;
        this.random = new SplittableRandom(seed);
    }

    public static ReviewCollector keepingAll(TextCleaner cleaner, SkipCounter skips) {
        return new ReviewCollector(cleaner, skips, new HashSet<>(), 0, 0L);
    }

    @Override
    public void accept(LabelledText row) {
        String text = cleaner.clean(row.text());
        if (text.isEmpty()) {
            skips.count("empty_after_cleaning");
            return;
        }
        if (!seen.add(fingerprint(text))) {
            skips.count("duplicate_text");
            return;
        }
        Review review = new Review(accepted, text, row.label(), row.officialSplit(), row.labels());
        accepted++;
        if (sampleSize <= 0 || kept.size() < sampleSize) {
            kept.add(review);
        } else {
            // Algorithm R: the n-th review replaces a kept one with probability size/n.
            long slot = random.nextLong(accepted);
            if (slot < sampleSize) {
                kept.set((int) slot, review);
            }
        }
    }

    @Override
    public void skip(String reason) {
        skips.count(reason);
    }

    /** Kept reviews in reading order. */
    public List<Review> reviews() {
        List<Review> ordered = new ArrayList<>(kept);
        ordered.sort(Comparator.comparingLong(Review::id));
        return ordered;
    }

    /** Reviews that passed cleaning and deduplication, sampled or not. */
    public long accepted() {
        return accepted;
    }

    static long fingerprint(String text) {
        long fnv = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            fnv ^= text.charAt(i);
            fnv *= 0x100000001b3L;
        }
        return fnv ^ ((long) text.hashCode() << 32);
    }
}
