package io.sentio.core.text;

/**
 * Removes HTML tags and decodes character references in one pass, so a decoded
 * {@code &lt;} is never mistaken for a tag.
 *
 * <p>Only tags of real HTML elements are removed. Reviewers write angle brackets too:
 * {@code <3}, {@code a < b}, {@code <Pros>}, {@code <grin>}, {@code <SPOILER>} all occur in
 * the data sets and are words the model should see.
 *
 * <p>Line-breaking elements ({@code <br />}, {@code <p>}, {@code <li>} ...) become a line
 * break, which {@link SentenceSplitter} treats as a sentence boundary: IMDB reviews use
 * {@code <br /><br />} for paragraphs. Inline elements ({@code <i>}, {@code <em>},
 * {@code <a>} ...) become a space only where dropping them would glue two words together,
 * so {@code see <i>Boomerang</i>.} becomes "see Boomerang." rather than "see Boomerang .".
 */
final class HtmlMarkup {
    private static final String[] LINE_BREAKING = {
        "br", "p", "div", "li", "ul", "ol", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "center", "section",
    };
    private static final String[] INLINE = {
        "i", "b", "u", "s", "em", "strong", "span", "a", "font", "small", "big", "sub", "sup",
        "tt", "strike", "del", "ins", "mark", "q", "cite", "abbr", "code", "img",
    };
    /** A tag longer than this is more likely text that happens to contain '<' and '>'. */
    private static final int MAX_TAG_LENGTH = 512;

    private HtmlMarkup() {
    }

    /** Returns {@code s} itself when it has no markup, so plain text costs no allocation. */
    static String strip(String s) {
        return strip(s, SourceRecorder.NONE);
    }

    /** {@link #strip(String)}, telling {@code sources} where each character written came from. */
    static String strip(String s, SourceRecorder sources) {
        if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
            sources.copy(0, s.length());
            return s;
        }
        StringBuilder out = null;
        int copied = 0; // s[copied, i) is plain text not yet appended to out
        boolean separatorPending = false;
        int pendingFrom = 0; // the inline tags a pending separator would stand for: s[pendingFrom, copied)
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int tagEnd = c == '<' ? tagEnd(s, i) : -1;
            if (tagEnd < 0 && c != '&') {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            separatorPending = appendText(out, s, copied, i, separatorPending, pendingFrom, sources);
            copied = i;
            if (tagEnd > 0) {
                if (isLineBreaking(s, i)) {
                    out.append('\n');
                    sources.replace(i, tagEnd, 1);
                } else {
                    if (!separatorPending) {
                        pendingFrom = i;
                    }
                    separatorPending = true;
                }
                i = copied = tagEnd;
                continue;
            }
            int before = out.length();
            int entityEnd = HtmlEntities.decode(s, i, out);
            if (entityEnd < 0) {
                i++; // a plain '&', copied with the text after it
                continue;
            }
            if (separatorPending) {
                if (separateWordsAcrossTag(out, before)) {
                    sources.replace(pendingFrom, i, 1);
                    before++;
                }
                separatorPending = false;
            }
            sources.replace(i, entityEnd, out.length() - before);
            i = copied = entityEnd;
        }
        if (out == null) {
            sources.copy(0, s.length());
            return s;
        }
        appendText(out, s, copied, s.length(), separatorPending, pendingFrom, sources);
        return out.toString();
    }

    /** Appends {@code s[from, to)}; returns whether a separator is still pending (nothing was appended). */
    private static boolean appendText(StringBuilder out, String s, int from, int to, boolean separatorPending,
            int pendingFrom, SourceRecorder sources) {
        if (from == to) {
            return separatorPending;
        }
        int before = out.length();
        out.append(s, from, to);
        if (separatorPending && separateWordsAcrossTag(out, before)) {
            sources.replace(pendingFrom, from, 1);
        }
        sources.copy(from, to);
        return false;
    }

    /** After an inline tag: insert a space at {@code at} if the text on both sides is a word; tells whether it did. */
    private static boolean separateWordsAcrossTag(StringBuilder out, int at) {
        if (at > 0 && at < out.length()
                && Character.isLetterOrDigit(out.charAt(at - 1)) && Character.isLetterOrDigit(out.charAt(at))) {
            out.insert(at, ' ');
            return true;
        }
        return false;
    }

    /** Index just after the tag or comment that starts at {@code lt}, or -1 if there is none. */
    private static int tagEnd(String s, int lt) {
        if (s.startsWith("<!--", lt)) {
            int close = s.indexOf("-->", lt + 4);
            return close < 0 ? -1 : close + 3;
        }
        int nameStart = nameStart(s, lt);
        int nameEnd = nameEnd(s, nameStart);
        if (!isKnownElement(s, nameStart, nameEnd - nameStart) || nameEnd >= s.length()) {
            return -1;
        }
        char afterName = s.charAt(nameEnd);
        if (afterName != '>' && afterName != '/' && !Character.isWhitespace(afterName)) {
            return -1;
        }
        int limit = Math.min(s.length(), lt + MAX_TAG_LENGTH);
        for (int p = nameEnd; p < limit; p++) {
            char c = s.charAt(p);
            if (c == '>') {
                return p + 1;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isLineBreaking(String s, int lt) {
        int nameStart = nameStart(s, lt);
        return matchesAny(LINE_BREAKING, s, nameStart, nameEnd(s, nameStart) - nameStart);
    }

    private static int nameStart(String s, int lt) {
        int p = lt + 1;
        return p < s.length() && s.charAt(p) == '/' ? p + 1 : p;
    }

    private static int nameEnd(String s, int nameStart) {
        int p = nameStart;
        while (p < s.length() && isAsciiLetterOrDigit(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean isKnownElement(String s, int start, int length) {
        return length > 0 && (matchesAny(LINE_BREAKING, s, start, length) || matchesAny(INLINE, s, start, length));
    }

    private static boolean matchesAny(String[] names, String s, int start, int length) {
        for (String name : names) {
            if (name.length() == length && s.regionMatches(true, start, name, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
