package io.sentio.core.text;

/** Character classes the sentence splitter reasons about. */
final class Punctuation {
    private static final String TERMINAL = ".!?\u2026\u203C\u2047\u2048\u2049\u3002\uFF01\uFF1F";
    private static final String CLOSING = "\"'\u201D\u2019\u00BB\u203A)]}\u300D\u300F\uFF09";
    private static final String OPENING = "\"'\u201C\u2018\u00AB\u2039([{\u300C\u300E\uFF08";

    private Punctuation() {
    }

    /** Neither terminal nor a line break: letters, digits, space, most ASCII punctuation. Cheap. */
    static boolean isOrdinary(char c) {
        return c >= ' ' && c < 0x7F && c != '.' && c != '!' && c != '?';
    }

    /** Ends a sentence: ". ! ? …" and their CJK and double forms. */
    static boolean isTerminal(char c) {
        return TERMINAL.indexOf(c) >= 0;
    }

    /** May follow the terminal punctuation and still belong to the sentence: {@code He said "great."} */
    static boolean isClosing(char c) {
        return CLOSING.indexOf(c) >= 0;
    }

    /** Starts a list item. */
    static boolean isBullet(char c) {
        return c == '\u2022' || c == '\u2023' || c == '\u25E6' || c == '\u2043' || c == '\u2219';
    }

    /** May come before the first letter of a sentence. */
    static boolean isOpening(char c) {
        return OPENING.indexOf(c) >= 0;
    }

    static boolean isWhitespace(char c) {
        return Whitespace.isSpace(c) || Whitespace.isLineBreak(c);
    }

    /**
     * Part of an emoji or pictograph: symbols (😍, ❤, ★, 👍🏽) and the invisible characters
     * that build emoji sequences (variation selectors, zero-width joiner, keycap mark).
     */
    static boolean isSymbol(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.OTHER_SYMBOL:
            case Character.MODIFIER_SYMBOL:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return true;
            default:
                return codePoint == '\u200D';
        }
    }

    /**
     * Whether {@code s[from, to)} holds a letter or digit, i.e. is more than punctuation and
     * emoji. The emoticon {@code <3} counts as an emoji, not as the digit 3.
     */
    static boolean hasWords(String s, int from, int to) {
        int i = from;
        while (i < to) {
            int cp = s.codePointAt(i);
            if (cp == '<' && i + 1 < to && s.charAt(i + 1) == '3') {
                i += 2;
                while (i < to && s.charAt(i) == '3') {
                    i++;
                }
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
