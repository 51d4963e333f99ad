package io.sentio.core.text;

import io.sentio.core.text.Abbreviations.Kind;

/**
 * Decides whether terminal punctuation ends a sentence. Only a single full stop is ever in
 * doubt: "!", "?", "..." and longer runs always end one when followed by whitespace.
 */
final class FullStops {

    private FullStops() {
    }

    /** Punctuation {@code s[runStart, runEnd)}, then (after closing quotes) whitespace at {@code space}. */
    static boolean endsSentenceBeforeSpace(String s, int runStart, int runEnd, int space) {
        if (!isSingleFullStop(s, runStart, runEnd)) {
            return true;
        }
        Kind kind = Abbreviations.kindOf(s, abbreviationStart(s, runStart), runStart);
        switch (kind) {
            case NEVER_ENDS_SENTENCE:
                return false;
            case ENDS_BEFORE_CAPITAL:
                return Character.isUpperCase(firstCharOfNextWord(s, space));
            case CONTINUES_BEFORE_NUMBER:
                return !Character.isDigit(firstCharOfNextWord(s, space));
            default:
                return true;
        }
    }

    /**
     * Punctuation glued to a capital letter: "good.Sound", "good!But", "rupees...But" end a
     * sentence; "U.S.A", "Ph.D", "e.g.The", "Mr.Smith" and "www.Example.com" do not.
     */
    static boolean endsSentenceBeforeCapital(String s, int runStart, int runEnd) {
        if (isInsideUrl(s, runStart)) {
            return false;
        }
        if (!isSingleFullStop(s, runStart, runEnd) || (runStart > 0 && s.charAt(runStart - 1) == ')')) {
            return true; // "...", "!", "?", or "(got it in 6 hours).I am happy"
        }
        int wordStart = runStart;
        while (wordStart > 0 && Character.isLetter(s.charAt(wordStart - 1))) {
            wordStart--;
        }
        return runStart - wordStart >= 2
                && Character.isLowerCase(s.charAt(runStart - 1))
                && (wordStart == 0 || s.charAt(wordStart - 1) != '.')
                && Abbreviations.kindOf(s, wordStart, runStart) == Kind.WORD;
    }

    private static boolean isSingleFullStop(String s, int runStart, int runEnd) {
        return runEnd - runStart == 1 && s.charAt(runStart) == '.';
    }

    /** Start of the letters-and-dots word before a full stop: "e.g", "U.S", "Mr". */
    private static int abbreviationStart(String s, int fullStop) {
        int start = fullStop;
        while (start > 0 && (Character.isLetter(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
            start--;
        }
        while (start < fullStop && s.charAt(start) == '.') {
            start++; // "...etc." is about "etc"
        }
        return start;
    }

    /** The first character of the next word, past whitespace and opening quotes; 0 at the end. */
    private static char firstCharOfNextWord(String s, int p) {
        while (p < s.length() && (Punctuation.isWhitespace(s.charAt(p)) || Punctuation.isOpening(s.charAt(p)))) {
            p++;
        }
        return p < s.length() ? s.charAt(p) : 0;
    }

    private static boolean isInsideUrl(String s, int p) {
        int wordStart = p;
        while (wordStart > 0 && !Punctuation.isWhitespace(s.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (s.regionMatches(true, wordStart, "www.", 0, 4)) {
            return true;
        }
        for (int i = wordStart; i < p; i++) {
            if (s.charAt(i) == '@' || s.startsWith("://", i)) {
                return true;
            }
        }
        return false;
    }
}
