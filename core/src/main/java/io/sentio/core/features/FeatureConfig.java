package io.sentio.core.features;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How text becomes features. Chosen at training, stored in the bundle's manifest, and applied
 * unchanged by serving. Every term's weight (idf, naive-Bayes strength) is learnt at training and
 * stored in the vocabulary, so serving needs only the tokenising and counting settings here;
 * {@code nbWeighting} and {@code maxTerms} record how the vocabulary was made. Manifests written
 * before those two existed read as off and 0, which is how their vocabularies were made.
 *
 * @param lowercase     lower-case tokens before counting
 * @param ngramMax      longest word n-gram (1 = unigrams, 2 = unigrams + bigrams, …); {@value #AUTO}
 *                      (only before training) = chosen from the texts' length
 * @param minCount      keep a term only if it occurs in at least this many training texts;
 *                      {@value #AUTO} (only before training) = chosen from the corpus size
 * @param hashDimension 0 for a vocabulary of terms; otherwise terms are hashed into this many buckets
 * @param weighting     count → value
 * @param idf           multiply by the smoothed inverse document frequency learnt at training
 * @param l2Normalize   scale each text's vector to unit length, so long and short texts compare
 * @param nbWeighting   also multiply by how strongly the term tells the labels apart (the largest
 *                      one-vs-rest naive-Bayes log-count ratio, as in NBSVM), learnt at training;
 *                      {@link NbWeighting#AUTO} (only before training) = on for two labels
 * @param maxTerms      keep at most this many terms, the most telling first (0 = no limit;
 *                      {@value #AUTO_MAX_TERMS} before training = as many as fit the size budget)
 * @param negation      mark the words in a negation's scope as terms of their own ({@link NegationScope});
 *                      {@link NegationMarking#AUTO} (only before training) = on for a classifier;
 *                      manifests written before it existed read as off, which is how they were made
 */
public record FeatureConfig(
        boolean lowercase,
        int ngramMax,
        int minCount,
        int hashDimension,
        TermWeighting weighting,
        boolean idf,
        boolean l2Normalize,
        NbWeighting nbWeighting,
        int maxTerms,
        NegationMarking negation) {

    /** {@code minCount} or {@code ngramMax} to be chosen from the corpus by {@link #forCorpus}. */
    public static final int AUTO = 0;
    /** Texts at least this long (mean words) get trigrams from an automatic {@code ngramMax}. */
    public static final int LONG_TEXT_WORDS = 100;
    /**
     * What an automatic term limit keeps the bundle's files under: a term costs about
     * {@code 7 + 22 × labels} bytes (weights.bin 8 per label, model.tribuo ≈ 14 per label gzipped,
     * the vocabulary ≈ 7), so with two labels 176,000 terms make about 9 MB.
     */
    public static final long TERM_BUDGET_BYTES = 9_000_000;
    /** {@code maxTerms} to be chosen from the corpus by {@link #forCorpus}. */
    public static final int AUTO_MAX_TERMS = -1;

    @JsonCreator
    public FeatureConfig {
        if (ngramMax < AUTO || ngramMax > 5) {
            throw new IllegalArgumentException("ngram_max must be between 1 and 5 (or 0 = auto), was " + ngramMax);
        }
        if (minCount < 0) {
            throw new IllegalArgumentException("min_count must be at least 1 (or 0 = auto), was " + minCount);
        }
        if (hashDimension < 0) {
            throw new IllegalArgumentException("hash_dimension must be 0 (off) or positive, was " + hashDimension);
        }
        if (weighting == null) {
            throw new IllegalArgumentException("weighting is required");
        }
        nbWeighting = nbWeighting == null ? NbWeighting.OFF : nbWeighting;
        negation = negation == null ? NegationMarking.OFF : negation;
        if (maxTerms < AUTO_MAX_TERMS) {
            throw new IllegalArgumentException("max_terms must be 0 (no limit), positive or -1 (auto), was "
                    + maxTerms);
        }
    }

    /**
     * Without naive-Bayes weighting, a term limit or negation marking: the settings of bundles made
     * before those existed.
     */
    public FeatureConfig(boolean lowercase, int ngramMax, int minCount, int hashDimension, TermWeighting weighting,
            boolean idf, boolean l2Normalize) {
        this(lowercase, ngramMax, minCount, hashDimension, weighting, idf, l2Normalize, NbWeighting.OFF, 0, NegationMarking.OFF);
    }

    /**
     * Unigrams + bigrams, seen in at least 2 texts, sublinear tf-idf, unit length: the settings of
     * bundles made before the automatic ones. The CLI's defaults are the automatic ones.
     */
    public static FeatureConfig defaults() {
        return new FeatureConfig(true, 2, 2, 0, TermWeighting.SUBLINEAR_TF, true, true);
    }

    public boolean hashing() {
        return hashDimension > 0;
    }

    /** Whether some setting still waits for {@link #forCorpus}. */
    public boolean adaptive() {
        return ngramMax == AUTO || minCount == AUTO || weighting == TermWeighting.AUTO || maxTerms == AUTO_MAX_TERMS || nbWeighting == NbWeighting.AUTO
                || negation == NegationMarking.AUTO;
    }

    /**
     * The settings for a corpus of this many training texts: an automatic minimum count grows with
     * the corpus (a term seen in 2 of 1,000 texts says more than one seen in 2 of 25,000, and rare
     * n-grams are most of a large corpus's vocabulary), and an automatic term limit keeps the
     * bundle's files under {@link #TERM_BUDGET_BYTES}; automatic n-grams reach trigrams for long texts
     * (film reviews of 230 words repeat three-word phrases often enough to learn from, product
     * reviews of 60 words do not: measured, trigrams cost them macro-F1); automatic naive-Bayes
     * weighting is on for two labels, and automatic term weighting is binary with it (aclImdb: 0.9203
     * against 0.9198 with sublinear tf), sublinear tf without. Settings given explicitly are kept.
     *
     * @param documents training texts
     * @param labels    distinct labels among them
     * @param meanWords their mean length in words
     */
    public FeatureConfig forCorpus(int documents, int labels, double meanWords) {
        int min = minCount != AUTO ? minCount : Math.max(2, Math.min(5, documents / 5000));
        int max = maxTerms != AUTO_MAX_TERMS ? maxTerms : (int) (TERM_BUDGET_BYTES / (7 + 22L * Math.max(2, labels)));
        int ngrams = ngramMax != AUTO ? ngramMax : meanWords >= LONG_TEXT_WORDS ? 3 : 2;
        NbWeighting nb = nbWeighting.forLabels(labels);
        TermWeighting counts = weighting != TermWeighting.AUTO ? weighting
                : nb == NbWeighting.ON ? TermWeighting.BINARY : TermWeighting.SUBLINEAR_TF;
        NegationMarking marking = negation == NegationMarking.AUTO ? NegationMarking.ON : negation;
        return new FeatureConfig(lowercase, ngrams, min, hashDimension, counts, idf, l2Normalize, nb, max, marking);
    }

    public FeatureConfig withNgramMax(int n) {
        return new FeatureConfig(lowercase, n, minCount, hashDimension, weighting, idf, l2Normalize, nbWeighting,
                maxTerms, negation);
    }

    public FeatureConfig withMinCount(int n) {
        return new FeatureConfig(lowercase, ngramMax, n, hashDimension, weighting, idf, l2Normalize, nbWeighting,
                maxTerms, negation);
    }

    public FeatureConfig withHashDimension(int n) {
        return new FeatureConfig(lowercase, ngramMax, minCount, n, weighting, idf, l2Normalize, nbWeighting,
                maxTerms, negation);
    }

    public FeatureConfig withWeighting(TermWeighting w) {
        return new FeatureConfig(lowercase, ngramMax, minCount, hashDimension, w, idf, l2Normalize, nbWeighting,
                maxTerms, negation);
    }

    public FeatureConfig withIdf(boolean on) {
        return new FeatureConfig(lowercase, ngramMax, minCount, hashDimension, weighting, on, l2Normalize,
                nbWeighting, maxTerms, negation);
    }

    public FeatureConfig withLowercase(boolean on) {
        return new FeatureConfig(on, ngramMax, minCount, hashDimension, weighting, idf, l2Normalize, nbWeighting,
                maxTerms, negation);
    }

    public FeatureConfig withL2Normalize(boolean on) {
        return new FeatureConfig(lowercase, ngramMax, minCount, hashDimension, weighting, idf, on, nbWeighting,
                maxTerms, negation);
    }

    /** Whether terms are weighted by their naive-Bayes strength (false while still {@link NbWeighting#AUTO}). */
    public boolean nbWeighted() {
        return nbWeighting == NbWeighting.ON;
    }

    public FeatureConfig withNbWeighting(NbWeighting on) {
        return new FeatureConfig(lowercase, ngramMax, minCount, hashDimension, weighting, idf, l2Normalize, on,
                maxTerms, negation);
    }

    /** Whether words in a negation's scope are marked (false while still {@link NegationMarking#AUTO}). */
    public boolean marksNegation() {
        return negation == NegationMarking.ON;
    }

    public FeatureConfig withNegation(NegationMarking on) {
        return new FeatureConfig(lowercase, ngramMax, minCount, hashDimension, weighting, idf, l2Normalize,
                nbWeighting, maxTerms, on);
    }

    public FeatureConfig withMaxTerms(int n) {
        return new FeatureConfig(lowercase, ngramMax, minCount, hashDimension, weighting, idf, l2Normalize,
                nbWeighting, n, negation);
    }
}
