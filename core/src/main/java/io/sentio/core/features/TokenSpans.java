package io.sentio.core.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of a clean text with where each lies in it: the same tokens as the extractor's
 * tokenizer (TokenSpansTest holds the two to that), found by the same rules, plus their offsets,
 * which the per-request tokenizer has no reason to keep. Used to explain a prediction, not to make one.
 */
public final class TokenSpans {
    /** One token: its text as a term (lower-cased when the model lower-cases) and its clean-text range. */
    public record Token(String term, int start, int end) {
    }

    private TokenSpans() {
    }

    /** The tokens of {@code cleanText} as a model with this setting sees them, in text order. */
    public static List<Token> of(String cleanText, boolean lowercase) {
        List<Token> tokens = new ArrayList<>(cleanText.length() / 5 + 1);
        int wordStart = -1;
        int i = 0;
        while (i < cleanText.length()) {
            int cp = cleanText.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean inWord = wordStart >= 0;
            if (Character.isLetterOrDigit(cp)
                    || (inWord && isCombiningMark(cp))
                    || (inWord && isApostrophe(cp) && next < cleanText.length()
                            && Character.isLetter(cleanText.codePointAt(next)))) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else {
                if (wordStart >= 0) {
                    tokens.add(word(cleanText, wordStart, i, lowercase));
                    wordStart = -1;
                }
                if (cp == '!' || cp == '?' || Character.getType(cp) == Character.OTHER_SYMBOL) {
                    tokens.add(new Token(cleanText.substring(i, next), i, next));
                }
            }
            i = next;
        }
        if (wordStart >= 0) {
            tokens.add(word(cleanText, wordStart, cleanText.length(), lowercase));
        }
        return tokens;
    }

    private static Token word(String text, int from, int to, boolean lowercase) {
        String w = text.substring(from, to).replace('\u2019', '\'');
        return new Token(lowercase ? w.toLowerCase(Locale.ROOT) : w, from, to);
    }

    private static boolean isCombiningMark(int cp) {
        return Character.getType(cp) == Character.NON_SPACING_MARK
                && !((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF));
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }
}
