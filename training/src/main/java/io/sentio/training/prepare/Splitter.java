package io.sentio.training.prepare;

import io.sentio.training.data.Split;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Splits reviews (never sentences) into train and test, so no review is on both sides. */
public final class Splitter {
    private Splitter() {
    }

    /** Each label keeps its share on both sides; the same seed gives the same split. */
    public static TrainTest stratified(List<Review> reviews, double testFraction, long seed) {
        if (testFraction <= 0 || testFraction >= 1) {
            throw new IllegalArgumentException("test fraction must be between 0 and 1, was " + testFraction);
        }
        Map<String, List<Review>> byLabel = new TreeMap<>();
        for (Review r : reviews) {
            byLabel.computeIfAbsent(r.label(), k -> new ArrayList<>()).add(r);
        }
        Random random = new Random(seed);
        List<Review> train = new ArrayList<>();
        List<Review> test = new ArrayList<>();
        for (List<Review> group : byLabel.values()) {
            Collections.shuffle(group, random);
            int nTest = (int) Math.round(group.size() * testFraction);
            if (nTest == group.size() && group.size() > 1) {
                nTest--;
            }
            test.addAll(group.subList(0, nTest));
            train.addAll(group.subList(nTest, group.size()));
        }
        return new TrainTest(train, test, "stratified");
    }

    /** The data set's own split (aclImdb: disjoint movies on each side). */
    public static TrainTest official(List<Review> reviews) {
        List<Review> train = new ArrayList<>();
        List<Review> test = new ArrayList<>();
        for (Review r : reviews) {
            (r.officialSplit().orElseThrow() == Split.TEST ? test : train).add(r);
        }
        return new TrainTest(train, test, "official");
    }

    public static boolean hasOfficialSplit(List<Review> reviews) {
        return !reviews.isEmpty() && reviews.stream().allMatch(r -> r.officialSplit().isPresent())
                && reviews.stream().anyMatch(r -> r.officialSplit().get() == Split.TEST)
                && reviews.stream().anyMatch(r -> r.officialSplit().get() == Split.TRAIN);
    }

    /**
     * A seeded random split, for label sets, which no single label can stratify; the same seed
     * gives the same split.
     */
    public static TrainTest random(List<Review> reviews, double testFraction, long seed) {
        if (testFraction <= 0 || testFraction >= 1) {
            throw new IllegalArgumentException("test fraction must be between 0 and 1, was " + testFraction);
        }
        List<Review> shuffled = new ArrayList<>(reviews);
        Collections.shuffle(shuffled, new Random(seed));
        int nTest = (int) Math.round(shuffled.size() * testFraction);
        return new TrainTest(new ArrayList<>(shuffled.subList(nTest, shuffled.size())),
                new ArrayList<>(shuffled.subList(0, nTest)), "random");
    }
}
