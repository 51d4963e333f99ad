package io.sentio.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits clean text (the output of {@link TextCleaner}) into sentences. Training and serving
 * both use it, so sentence-level features mean the same thing in both.
 *
 * <p>A sentence ends:
 * <ul>
 *   <li>at a line break, always (the cleaner turns {@code <br />} and paragraphs into one);</li>
 *   <li>after a run of terminal punctuation followed by whitespace: "!!!", "?!", "..." and "…"
 *       are one boundary. Closing quotes and brackets stay with the sentence they close
 *       ({@code He said "great."}), and so do emoji and emoticons that follow it
 *       ("Love it!! 😍😍", "Great :)"). The next sentence may start in lower case: the
 *       clothing data set is lower-cased, so case cannot be required;</li>
 *   <li>after terminal punctuation glued to a capital ("good.Sound is great", "good!But",
 *       "rupees...But"), a frequent typo in the review data sets; "U.S.A", "e.g.The",
 *       "Mr.Smith" and URLs are not split;</li>
 *   <li>at the end of the text, with or without punctuation.</li>
 * </ul>
 * A full stop does not end a sentence inside numbers ("4.5", "size 2.5"), after titles and
 * initials ("Mr.", "Dr.", "J. K."), after "e.g."/"i.e."/"vs." and, when the next word is not
 * capitalised, after "etc."/"U.S."-like words; "No. 5" and "Rs. 999" also continue (see
 * {@link Abbreviations}). A fragment with no letter or digit (lone emoji, "!!!", "-") is
 * never a sentence of its own: it joins the previous sentence (or the next, at the start).
 * Blank text gives an empty list; no sentence is empty or has surrounding whitespace.
 *
 * <p>Immutable and thread-safe; each call returns a new list owned by the caller.
 */
public final class SentenceSplitter {

    /**
     * Whether a sentence may end at this character (terminal punctuation or a line break): every
     * sentence this splitter returns ends at one, or at the end of the text. Features that must not
     * reach across sentences (a negation's scope) stop at these characters.
     */
    public static boolean mayEndSentenceAt(char c) {
        return Punctuation.isTerminal(c) || Whitespace.isLineBreak(c);
    }

    public List<String> split(String cleanText) {
        Sentences sentences = new Sentences(cleanText);
        int start = 0;
        int i = 0;
        while (i < cleanText.length()) {
            char c = cleanText.charAt(i);
            if (Punctuation.isOrdinary(c)) {
                i++;
            } else if (Whitespace.isLineBreak(c)) {
                sentences.add(start, i);
                start = ++i;
            } else if (Punctuation.isTerminal(c)) {
                int runEnd = endOfTerminalRun(cleanText, i);
                int end = sentenceEnd(cleanText, i, runEnd);
                if (end < 0) {
                    i = runEnd;
                } else {
                    sentences.add(start, end);
                    start = i = end;
                }
            } else {
                i++;
            }
        }
        sentences.add(start, cleanText.length());
        return sentences.list();
    }

    private static int endOfTerminalRun(String s, int i) {
        int p = i;
        while (p < s.length() && Punctuation.isTerminal(s.charAt(p))) {
            p++;
        }
        return p;
    }

    /** Where the sentence ends if the punctuation {@code s[runStart, runEnd)} ends it, else -1. */
    private static int sentenceEnd(String s, int runStart, int runEnd) {
        int p = runEnd;
        while (p < s.length() && Punctuation.isClosing(s.charAt(p))) {
            p++;
        }
        if (p == s.length()) {
            return p;
        }
        char next = s.charAt(p);
        if (Punctuation.isWhitespace(next)) {
            return FullStops.endsSentenceBeforeSpace(s, runStart, runEnd, p) ? withTrailingSymbols(s, p) : -1;
        }
        if (Punctuation.isBullet(next)) {
            return p; // scraped lists lose their line breaks: "problems.• The sound is ..."
        }
        if (Punctuation.isSymbol(s.codePointAt(p))) {
            return withTrailingSymbols(s, skipSymbols(s, p));
        }
        if (Character.isUpperCase(next) && FullStops.endsSentenceBeforeCapital(s, runStart, runEnd)) {
            return p;
        }
        return -1;
    }

    private static int skipSymbols(String s, int p) {
        while (p < s.length() && Punctuation.isSymbol(s.codePointAt(p))) {
            p += Character.charCount(s.codePointAt(p));
        }
        return p;
    }

    /** Extends a sentence ending at {@code end} over following space-separated emoji/emoticon tokens. */
    private static int withTrailingSymbols(String s, int end) {
        while (true) {
            int tokenStart = end;
            while (tokenStart < s.length() && Whitespace.isSpace(s.charAt(tokenStart))) {
                tokenStart++;
            }
            int tokenEnd = tokenStart;
            while (tokenEnd < s.length() && !Punctuation.isWhitespace(s.charAt(tokenEnd))) {
                tokenEnd++;
            }
            if (tokenEnd == tokenStart || Punctuation.hasWords(s, tokenStart, tokenEnd)
                    || Punctuation.isOpening(s.charAt(tokenEnd - 1)) || Punctuation.isBullet(s.charAt(tokenStart))) {
                return end; // a word, or an opening "«", "(" or "•" that belongs to the next sentence
            }
            end = tokenEnd;
        }
    }

    /** Collects trimmed sentences, folding fragments without words into a neighbour. */
    private static final class Sentences {
        private final String text;
        private final List<String> list = new ArrayList<>();
        private String leadingFragment;

        Sentences(String text) {
            this.text = text;
        }

        void add(int from, int to) {
            while (from < to && Punctuation.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Punctuation.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                return;
            }
            String sentence = text.substring(from, to);
            if (!Punctuation.hasWords(text, from, to)) {
                if (list.isEmpty()) {
                    leadingFragment = leadingFragment == null ? sentence : leadingFragment + ' ' + sentence;
                } else {
                    list.set(list.size() - 1, list.get(list.size() - 1) + ' ' + sentence);
                }
                return;
            }
            if (leadingFragment != null) {
                sentence = leadingFragment + ' ' + sentence;
                leadingFragment = null;
            }
            list.add(sentence);
        }

        /** The sentences; text with no words at all (only emoji, say) stays one sentence rather than none. */
        List<String> list() {
            if (leadingFragment != null) {
                list.add(leadingFragment);
            }
            return list;
        }
    }
}
