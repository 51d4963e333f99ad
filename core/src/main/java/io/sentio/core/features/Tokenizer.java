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
            if (isWordPart(cp) || (isApostrophe(cp) && wordStart >= 0 && next < text.length()
                    && Character.isLetter(text.codePointAt(next)))) {
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

    private static boolean isWordPart(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    private static boolean isSymbol(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL;
    }
}
