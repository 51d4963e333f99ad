package io.sentio.core.features;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts the n-gram terms of one text, hashed into buckets when the configuration asks for it. */
final class TermCounter {
    private final FeatureConfig config;
    private final Tokenizer tokenizer;

    TermCounter(FeatureConfig config) {
        this.config = config;
        this.tokenizer = new Tokenizer(config.lowercase());
    }

    Map<String, Integer> count(String cleanText) {
        List<String> tokens = tokenizer.tokens(cleanText);
        Map<String, Integer> counts = new HashMap<>(tokens.size() * config.ngramMax() * 2);
        StringBuilder gram = new StringBuilder(32);
        for (int start = 0; start < tokens.size(); start++) {
            gram.setLength(0);
            for (int n = 1; n <= config.ngramMax() && start + n <= tokens.size(); n++) {
                if (n > 1) {
                    gram.append(' ');
                }
                gram.append(tokens.get(start + n - 1));
                counts.merge(termName(gram), 1, Integer::sum);
            }
        }
        return counts;
    }

    private String termName(CharSequence gram) {
        if (!config.hashing()) {
            return gram.toString();
        }
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
