package io.sentio.core.text;

/**
 * Words whose trailing full stop is not (or not always) the end of a sentence. Matching is
 * case-insensitive because the clothing data set is lower-cased ("mr.", "dr.").
 */
final class Abbreviations {

    /** What a full stop after the word means. */
    enum Kind {
        /** An ordinary word: the full stop ends the sentence. */
        WORD,
        /** Titles, initials and "e.g."-like words: always followed by more of the sentence. */
        NEVER_ENDS_SENTENCE,
        /** "etc.", "Inc.", "U.S.": often the last word, so the stop ends the sentence if a capital follows. */
        ENDS_BEFORE_CAPITAL,
        /** "No. 5", "Rs. 999", "5 ft. 2": the stop ends the sentence unless a number follows. */
        CONTINUES_BEFORE_NUMBER,
    }

    private static final String[] NEVER_ENDS_SENTENCE = {
        "mr", "mrs", "ms", "messrs", "dr", "prof", "rev", "hon", "st", "mt", "sgt", "capt", "col", "gen", "lt",
        "gov", "sen", "fr", "vs", "v", "cf", "viz", "e.g", "i.e", "a.k.a", "approx", "esp", "ph",
    };
    private static final String[] ENDS_BEFORE_CAPITAL = {
        "etc", "inc", "ltd", "co", "corp", "jr", "sr", "bros", "dept", "incl", "misc",
    };
    private static final String[] CONTINUES_BEFORE_NUMBER = {
        "no", "nos", "nr", "vol", "vols", "pg", "p", "pp", "ch", "ft", "rs", "fig", "ca", "op", "ver",
    };

    private Abbreviations() {
    }

    /** The kind of {@code s[start, end)}, a run of letters and dots without the final stop. */
    static Kind kindOf(CharSequence s, int start, int end) {
        int length = end - start;
        if (length == 0) {
            return Kind.WORD;
        }
        if (matchesAny(NEVER_ENDS_SENTENCE, s, start, length)) {
            return Kind.NEVER_ENDS_SENTENCE;
        }
        if (matchesAny(ENDS_BEFORE_CAPITAL, s, start, length)) {
            return Kind.ENDS_BEFORE_CAPITAL;
        }
        if (matchesAny(CONTINUES_BEFORE_NUMBER, s, start, length)) {
            return Kind.CONTINUES_BEFORE_NUMBER;
        }
        char first = s.charAt(start);
        if (length == 1 && Character.isUpperCase(first) && first != 'I') {
            return Kind.NEVER_ENDS_SENTENCE; // an initial: "J. K. Rowling" ("I." is the pronoun)
        }
        return isDottedAcronym(s, start, end) ? Kind.ENDS_BEFORE_CAPITAL : Kind.WORD;
    }

    /**
     * "U.S", "a.m", "Ph.D": short parts joined by dots. Longer parts ("fine.you") are two
     * words with a missing space, not an acronym.
     */
    private static boolean isDottedAcronym(CharSequence s, int start, int end) {
        boolean dotted = false;
        int partLength = 0;
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == '.') {
                dotted = true;
                partLength = 0;
            } else if (++partLength > 2) {
                return false;
            }
        }
        return dotted;
    }

    private static boolean matchesAny(String[] words, CharSequence s, int start, int length) {
        for (String word : words) {
            if (word.length() == length && regionMatchesIgnoreCase(s, start, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionMatchesIgnoreCase(CharSequence s, int start, String lowerCaseWord) {
        for (int k = 0; k < lowerCaseWord.length(); k++) {
            if (Character.toLowerCase(s.charAt(start + k)) != lowerCaseWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
