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
    /** Receives each term; the sequence may be a reused buffer, valid only during the call. */
    interface TermSink {
        void accept(CharSequence term);
    }

    private final FeatureConfig config;
    private final Tokenizer tokenizer;

    TermCounter(FeatureConfig config) {
        this.config = config;
        this.tokenizer = new Tokenizer(config.lowercase());
    }

    Map<String, Integer> count(String cleanText) {
        Map<String, Integer> counts = new HashMap<>(cleanText.length() / 5 * config.ngramMax() * 2 + 4);
        forEachTerm(cleanText, new StringBuilder(32), term -> counts.merge(term.toString(), 1, Integer::sum));
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
            for (int n = 1; n <= config.ngramMax() && start + n <= tokens.size(); n++) {
                String token = tokens.get(start + n - 1);
                if (n > 1) {
                    gram.append(' ');
                }
                gram.append(token);
                CharSequence term = n == 1 ? token : gram;
                sink.accept(config.hashing() ? bucketName(term) : term);
            }
        }
    }

    private String bucketName(CharSequence gram) {
        return "#" + Math.floorMod(mix(gram.toString().hashCode()), config.hashDimension());
    }

    /** MurmurHash3's finaliser: String.hashCode alone clusters similar short strings. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
