package io.sentio.core.features;

/**
 * How text becomes features. Chosen at training, stored in the bundle's manifest, and applied
 * unchanged by serving.
 *
 * @param lowercase     lower-case tokens before counting
 * @param ngramMax      longest word n-gram (1 = unigrams, 2 = unigrams + bigrams, …)
 * @param minCount      keep a term only if it occurs in at least this many training texts
 * @param hashDimension 0 for a vocabulary of terms; otherwise terms are hashed into this many buckets
 * @param weighting     count → value
 * @param idf           multiply by the smoothed inverse document frequency learnt at training
 * @param l2Normalize   scale each text's vector to unit length, so long and short texts compare
 */
public record FeatureConfig(
        boolean lowercase,
        int ngramMax,
        int minCount,
        int hashDimension,
        TermWeighting weighting,
        boolean idf,
        boolean l2Normalize) {

    public FeatureConfig {
        if (ngramMax < 1 || ngramMax > 5) {
            throw new IllegalArgumentException("ngram_max must be between 1 and 5, was " + ngramMax);
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("min_count must be at least 1, was " + minCount);
        }
        if (hashDimension < 0) {
            throw new IllegalArgumentException("hash_dimension must be 0 (off) or positive, was " + hashDimension);
        }
        if (weighting == null) {
            throw new IllegalArgumentException("weighting is required");
        }
    }

    /** Unigrams + bigrams, seen in at least 2 texts, sublinear tf-idf, unit length. */
    public static FeatureConfig defaults() {
        return new FeatureConfig(true, 2, 2, 0, TermWeighting.SUBLINEAR_TF, true, true);
    }

    public boolean hashing() {
        return hashDimension > 0;
    }

    public FeatureConfig withNgramMax(int n) {
        return new FeatureConfig(lowercase, n, minCount, hashDimension, weighting, idf, l2Normalize);
    }

    public FeatureConfig withMinCount(int n) {
        return new FeatureConfig(lowercase, ngramMax, n, hashDimension, weighting, idf, l2Normalize);
    }

    public FeatureConfig withHashDimension(int n) {
        return new FeatureConfig(lowercase, ngramMax, minCount, n, weighting, idf, l2Normalize);
    }

    public FeatureConfig withWeighting(TermWeighting w) {
        return new FeatureConfig(lowercase, ngramMax, minCount, hashDimension, w, idf, l2Normalize);
    }

    public FeatureConfig withIdf(boolean on) {
        return new FeatureConfig(lowercase, ngramMax, minCount, hashDimension, weighting, on, l2Normalize);
    }

    public FeatureConfig withLowercase(boolean on) {
        return new FeatureConfig(on, ngramMax, minCount, hashDimension, weighting, idf, l2Normalize);
    }

    public FeatureConfig withL2Normalize(boolean on) {
        return new FeatureConfig(lowercase, ngramMax, minCount, hashDimension, weighting, idf, on);
    }
}
