package io.sentio.core.features;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Enumerates the n-gram terms of one text, hashed into buckets when the configuration asks for it.
 * Fitting the vocabulary ({@link #count}) and extracting features ({@link FeatureExtractor}) both
 * go through {@link #forEachTerm}, so the terms a model learnt are the terms it is later shown.
 */
final class TermCounter {
    /**
     * Receives each term; the sequence may be a reused buffer, valid only during the call.
     * {@code stringHash} is the term's {@link String#hashCode()}, computed from its tokens' hashes;
     * {@code unigram} tells a single token from a longer n-gram, also when both are hashed.
     */
    interface TermSink {
        void accept(CharSequence term, int stringHash, boolean unigram);
    }

    /** 31 to the power i, for joining String hashes: hash(a + b) = hash(a) * 31^|b| + hash(b). */
    private static final int[] POWERS_OF_31 = new int[64];

    static {
        POWERS_OF_31[0] = 1;
        for (int i = 1; i < POWERS_OF_31.length; i++) {
            POWERS_OF_31[i] = POWERS_OF_31[i - 1] * 31;
        }
    }

    private final FeatureConfig config;
    private final Tokenizer tokenizer;

    TermCounter(FeatureConfig config) {
        this.config = config;
        this.tokenizer = new Tokenizer(config);
    }

    Map<String, Integer> count(String cleanText) {
        Map<String, Integer> counts = new HashMap<>(cleanText.length() / 5 * config.ngramMax() * 2 + 4);
        forEachTerm(cleanText, new StringBuilder(32), (term, hash, unigram) -> counts.merge(term.toString(), 1, Integer::sum));
        return counts;
    }

    /**
     * Every term occurrence of the text, in text order. Unigrams are the token Strings themselves;
     * longer n-grams are built in {@code gram} (the caller's, so it can be reused) and never copied.
     */
    void forEachTerm(String cleanText, StringBuilder gram, TermSink sink) {
        List<String> tokens = tokenizer.tokens(cleanText);
        for (int start = 0; start < tokens.size(); start++) {
            gram.setLength(0);
            int hash = 0;
            for (int n = 1; n <= config.ngramMax() && start + n <= tokens.size(); n++) {
                String token = tokens.get(start + n - 1);
                if (n > 1) {
                    gram.append(' ');
                    hash = hash * 31 + ' ';
                }
                gram.append(token);
                hash = hash * powerOf31(token.length()) + token.hashCode();
                CharSequence term = n == 1 ? token : gram;
                if (config.hashing()) {
                    String bucket = bucketName(hash);
                    sink.accept(bucket, bucket.hashCode(), n == 1);
                } else {
                    sink.accept(term, hash, n == 1);
                }
            }
        }
    }

    private static int powerOf31(int exponent) {
        if (exponent < POWERS_OF_31.length) {
            return POWERS_OF_31[exponent];
        }
        int power = POWERS_OF_31[POWERS_OF_31.length - 1];
        for (int i = POWERS_OF_31.length - 1; i < exponent; i++) {
            power *= 31;
        }
        return power;
    }

    /** @param stringHash the n-gram's {@link String#hashCode()} (bucket names are unchanged by computing it from tokens) */
    private String bucketName(int stringHash) {
        return bucketName(stringHash, config.hashDimension());
    }

    /** The name of the hash bucket a term with this {@link String#hashCode()} falls in, e.g. {@code #1234}. */
    static String bucketName(int stringHash, int dimension) {
        return "#" + Math.floorMod(Murmur3.finalise(stringHash), dimension);
    }
}
