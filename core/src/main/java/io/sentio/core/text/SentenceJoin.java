package io.sentio.core.text;

import java.util.List;

/**
 * Joins text parts (a review title and its body, or several text columns) so each part stays its
 * own sentence: the sentence splitter and the features then see "Love it. Fits well." rather than
 * "Love it Fits well.". Parts are stripped (scraped data is wrapped in whitespace), empty parts
 * dropped, and a period is added only after a part that lacks terminal punctuation.
 */
public final class SentenceJoin {
    /** Closing marks that may follow the terminal punctuation: {@code Wow!"}, {@code (great.)}. */
    private static final String CLOSERS = "\"'”’)]»";
    private static final String TERMINALS = ".!?…";

    private SentenceJoin() {
    }

    public static String join(List<String> parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            String stripped = part.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (!joined.isEmpty()) {
                if (!endsSentence(joined)) {
                    joined.append('.');
                }
                joined.append(' ');
            }
            joined.append(stripped);
        }
        return joined.toString();
    }

    public static boolean endsSentence(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && TERMINALS.indexOf(text.charAt(i)) >= 0;
    }
}
