package io.sentio.core.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits clean text into word tokens. Words keep inner apostrophes ("don't"); '!' and '?' are
 * tokens of their own because they carry sentiment; each emoji or other symbol is a token.
 * Everything else separates tokens. With negation marking, words in a {@link NegationScope} scope
 * become {@code neg_} tokens.
 */
final class Tokenizer {
    /** ASCII letters and digits: {@link Character#isLetterOrDigit} for the first 128 code points. */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (int c = 0; c < ASCII_WORD.length; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private final boolean lowercase;
    private final boolean negation;

    Tokenizer(boolean lowercase, boolean negation) {
        this.lowercase = lowercase;
        this.negation = negation;
    }

    /** The tokenizer of a model with these settings. */
    Tokenizer(FeatureConfig config) {
        this(config.lowercase(), config.marksNegation());
    }

    /** Receives each token of a text as the range {@code [from, to)} of the text, in text order. */
    interface SpanSink {
        /**
         * @param word    a word (made into its token by {@link #word}); otherwise a one-character token as it stands
         * @param negated a word in a negation scope, whose token is marked {@link NegationScope#MARK}
         */
        void accept(int from, int to, boolean word, boolean negated);
    }

    List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>(text.length() / 5 + 1);
        spans(text, (from, to, word, negated) -> tokens.add(token(text, from, to, word, negated)));
        return tokens;
    }

    /**
     * Where the tokens of {@link #tokens} lie in the text, without making them: the serving path
     * looks most of them up straight from the text's characters.
     */
    void spans(String text, SpanSink sink) {
        boolean inScope = false;
        int wordStart = -1;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII, most of most texts: the same decisions as below, from a table.
                if (ASCII_WORD[c] || (wordStart >= 0 && c == '\'' && i + 1 < length
                        && Character.isLetter(text.codePointAt(i + 1)))) {
                    if (wordStart < 0) {
                        wordStart = i;
                    }
                } else {
                    if (wordStart >= 0) {
                        inScope = emitWord(sink, text, wordStart, i, inScope);
                        wordStart = -1;
                    }
                    if (c == '!' || c == '?') {
                        sink.accept(i, i + 1, false, false);
                    }
                    if (inScope && NegationScope.endsScope(c)) {
                        inScope = false;
                    }
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean inWord = wordStart >= 0;
            if (Character.isLetterOrDigit(cp)
                    || (inWord && isCombiningMark(cp))
                    || (inWord && isApostrophe(cp) && next < length && Character.isLetter(text.codePointAt(next)))) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else {
                if (wordStart >= 0) {
                    inScope = emitWord(sink, text, wordStart, i, inScope);
                    wordStart = -1;
                }
                if (isSymbol(cp)) {
                    sink.accept(i, next, false, false);
                }
                if (inScope && cp < 0x10000 && NegationScope.endsScope((char) cp)) {
                    inScope = false;
                }
            }
            i = next;
        }
        if (wordStart >= 0) {
            emitWord(sink, text, wordStart, length, inScope);
        }
    }

    /** Passes on the word {@code text[from, to)}; whether a negation scope is open after it. */
    private boolean emitWord(SpanSink sink, String text, int from, int to, boolean inScope) {
        sink.accept(from, to, true, inScope);
        return inScope || (negation && NegationScope.isCue(text, from, to));
    }

    /** The token {@code [from, to)} of the text, a word or not ({@code word}), made the way {@link #tokens} makes it. */
    String token(String text, int from, int to, boolean word, boolean negated) {
        if (!word) {
            return text.substring(from, to);
        }
        return negated ? NegationScope.MARK + word(text, from, to) : word(text, from, to);
    }

    boolean lowercase() {
        return lowercase;
    }

    private String word(String text, int from, int to) {
        String w = text.substring(from, to).replace('\u2019', '\'');
        return lowercase ? w.toLowerCase(Locale.ROOT) : w;
    }

    /**
     * An accent written as a separate mark continues the word it follows. Variation selectors are
     * marks too, but only pick a glyph style: "❤️" is U+2764 U+FE0F and must give the token "❤", not
     * "❤" plus an invisible "U+FE0F" token.
     */
    private static boolean isCombiningMark(int cp) {
        return Character.getType(cp) == Character.NON_SPACING_MARK && !isVariationSelector(cp);
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    private static boolean isSymbol(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL;
    }
}
