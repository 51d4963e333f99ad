package io.sentio.core.features;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each of a text's terms occurs: every n-gram of a run of tokens, as the extractor forms
 * it (the tokens joined by one space, hashed into a bucket when the model hashes), with the range
 * of the clean text from its first word's start to its last word's end. Only terms the vocabulary
 * knows are kept, since no other term reaches the model.
 */
public final class TermOccurrences {
    /**
     * @param position the term's vocabulary position (the {@link FeatureBuffer#position} of its feature)
     * @param text     the n-gram as written in the text's tokens (for a hashed model, what the bucket stands for here)
     * @param start    clean-text offset of its first word
     * @param end      clean-text offset just after its last word
     */
    public record Occurrence(int position, String text, int start, int end) {
    }

    private TermOccurrences() {
    }

    /** The known terms among the n-grams of {@code tokens[from, to)}, in the extractor's order. */
    public static List<Occurrence> find(FeatureExtractor features, List<TokenSpans.Token> tokens, int from, int to) {
        FeatureConfig config = features.config();
        Vocabulary vocabulary = features.vocabulary();
        List<Occurrence> found = new ArrayList<>();
        StringBuilder gram = new StringBuilder(32);
        for (int start = from; start < to; start++) {
            gram.setLength(0);
            for (int n = 1; n <= config.ngramMax() && start + n <= to; n++) {
                TokenSpans.Token token = tokens.get(start + n - 1);
                if (n > 1) {
                    gram.append(' ');
                }
                gram.append(token.term());
                // Only a known term becomes a String: most longer n-grams of a text are not in the vocabulary.
                CharSequence term = n == 1 ? token.term() : gram;
                int position = vocabulary.indexOf(config.hashing()
                        ? bucketName(term.toString(), config.hashDimension()) : term);
                if (position >= 0) {
                    found.add(new Occurrence(position, term.toString(), tokens.get(start).start(), token.end()));
                }
            }
        }
        return found;
    }

    /** The bucket of a hashed term, named by the extractor's own rule. */
    private static String bucketName(String term, int dimension) {
        return TermCounter.bucketName(term.hashCode(), dimension);
    }
}
