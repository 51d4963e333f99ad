package io.sentio.core.features;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a clean text with where each lies in it: the extractor's own tokenizer, which
 * finds the offsets anyway, with its tokens kept instead of looked up. Used to explain a
 * prediction, not to make one.
 */
public final class TokenSpans {
    /**
     * One token: its text as a term (lower-cased when the model lower-cases, marked when it is in
     * a negation's scope) and its clean-text range.
     */
    public record Token(String term, int start, int end) {
    }

    private TokenSpans() {
    }

    /** The tokens of {@code cleanText} as a model with these settings sees them, in text order. */
    public static List<Token> of(String cleanText, FeatureConfig config) {
        Tokenizer tokenizer = new Tokenizer(config);
        List<Token> tokens = new ArrayList<>(cleanText.length() / 5 + 1);
        tokenizer.spans(cleanText, (from, to, word, negated) ->
                tokens.add(new Token(tokenizer.token(cleanText, from, to, word, negated), from, to)));
        return tokens;
    }
}
