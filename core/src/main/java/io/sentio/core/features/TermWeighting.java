package io.sentio.core.features;

/** How a term's count in one text becomes its feature value (before idf and normalisation). */
public enum TermWeighting {
    /** 1 when the term occurs. */
    BINARY,
    /** The raw count. */
    TF,
    /** 1 + ln(count): damps words repeated many times in one long review. */
    SUBLINEAR_TF,
    /**
     * Before training only ({@link FeatureConfig#forCorpus}): {@link #BINARY} with naive-Bayes
     * weighting, whose log-count ratios are learnt from which texts contain a term (as NBSVM
     * binarises), else {@link #SUBLINEAR_TF}.
     */
    AUTO;

    double weigh(int count) {
        return switch (this) {
            case BINARY -> 1.0;
            case TF -> count;
            case SUBLINEAR_TF -> 1.0 + Math.log(count);
            case AUTO -> throw new IllegalStateException("term weighting 'auto' must be resolved for the corpus first");
        };
    }
}
