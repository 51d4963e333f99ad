package io.sentio.core.features;

/** The automatic term limit of {@link FeatureConfig#forCorpus}. */
final class AdaptiveLimits {
    /**
     * A bundle costs about 50 bytes a term for two labels (weights.bin 16, model.tribuo ≈ 27 gzipped,
     * vocabulary ≈ 7), so 150,000 terms stay well under 10 MB; unigram-only vocabularies are
     * smaller than that anyway.
     */
    static final int MAX_TERMS = 150_000;

    private AdaptiveLimits() {
    }

    static int maxTerms(int ngramMax) {
        return ngramMax == 1 ? 0 : MAX_TERMS;
    }
}
