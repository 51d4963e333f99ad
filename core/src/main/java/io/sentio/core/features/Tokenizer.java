package io.sentio.core.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits clean text into word tokens. Words keep inner apostrophes ("don't"); '!' and '?' are
 * tokens of their own because they carry sentiment; each emoji or other symbol is a token.
 * Everything else separates tokens.
 */
final class Tokenizer {
    private final boolean lowercase;

    Tokenizer(boolean lowercase) {
        this.lowercase = lowercase;
    }

    List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>(text.length() / 5 + 1);
        int wordStart = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean inWord = wordStart >= 0;
            if (Character.isLetterOrDigit(cp)
                    || (inWord && isCombiningMark(cp))
                    || (inWord && isApostrophe(cp) && next < text.length() && Character.isLetter(text.codePointAt(next)))) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else {
                if (wordStart >= 0) {
                    tokens.add(word(text, wordStart, i));
                    wordStart = -1;
                }
                if (cp == '!' || cp == '?' || isSymbol(cp)) {
                    tokens.add(text.substring(i, next));
                }
            }
            i = next;
        }
        if (wordStart >= 0) {
            tokens.add(word(text, wordStart, text.length()));
        }
        return tokens;
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
