package io.sentio.core.text;

/**
 * Normalises whitespace to the two forms the rest of Sentio relies on: a single space
 * between words and a single {@code '\n'} where the text had a line break (or a paragraph
 * break: blank lines carry no more meaning than one break). The result has no leading or
 * trailing whitespace. Line breaks are kept because {@link SentenceSplitter} treats them as
 * sentence boundaries: reviewers often write one thought per line without a full stop.
 *
 * <p>Every Unicode space (no-break space, thin space, zero-width space ...) counts as a
 * space. Control characters and invisible format characters that carry no meaning in a
 * review (soft hyphen, byte order mark, word joiner, direction marks) are dropped; the
 * zero-width joiner stays because emoji sequences such as 👩‍💻 need it.
 */
final class Whitespace {
    private static final int NONE = 0;
    private static final int SPACE = 1;
    private static final int LINE_BREAK = 2;

    private Whitespace() {
    }

    static String normalize(String s) {
        if (isNormalized(s)) {
            return s;
        }
        // A plain char array: per-character StringBuilder appends cost several times more
        // here, and this runs on every request.
        char[] out = new char[s.length()];
        int length = 0;
        int pending = NONE;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isPrintableAscii(c)) {
                if (isLineBreak(c)) {
                    pending = LINE_BREAK;
                    continue;
                }
                if (isSpace(c)) {
                    pending = Math.max(pending, SPACE);
                    continue;
                }
                if (isDropped(c)) {
                    continue;
                }
            }
            if (pending != NONE) {
                if (length > 0) {
                    out[length++] = pending == LINE_BREAK ? '\n' : ' ';
                }
                pending = NONE;
            }
            out[length++] = c;
        }
        return new String(out, 0, length);
    }

    /**
     * {@link #normalize(String)}, telling {@code sources} where each character came from (a
     * separator from its whole run of whitespace). Kept apart so the per-request loop stays lean;
     * CleanTextTest checks that both give the same text.
     */
    static String normalize(String s, SourceRecorder sources) {
        if (isNormalized(s)) {
            sources.copy(0, s.length());
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int pending = NONE;
        int runStart = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isPrintableAscii(c)) {
                if (isLineBreak(c) || isSpace(c)) {
                    if (pending == NONE) {
                        runStart = i;
                    }
                    pending = isLineBreak(c) ? LINE_BREAK : Math.max(pending, SPACE);
                    continue;
                }
                if (isDropped(c)) {
                    continue;
                }
            }
            if (pending != NONE) {
                if (out.length() > 0) {
                    out.append(pending == LINE_BREAK ? '\n' : ' ');
                    sources.replace(runStart, i, 1);
                }
                pending = NONE;
            }
            out.append(c);
            sources.copy(i, i + 1);
        }
        return out.toString();
    }

    private static boolean isNormalized(String s) {
        boolean previousWasSpace = true; // so leading whitespace counts as not normalised
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isPrintableAscii(c)) {
                previousWasSpace = false;
            } else if (c == ' ' || c == '\n') {
                if (previousWasSpace) {
                    return false;
                }
                previousWasSpace = true;
            } else if (isLineBreak(c) || isSpace(c) || isDropped(c)) {
                return false;
            } else {
                previousWasSpace = false;
            }
        }
        return !previousWasSpace || s.isEmpty();
    }

    /** Most characters of most reviews; checked first because it is one comparison. */
    private static boolean isPrintableAscii(char c) {
        return c > ' ' && c < 0x7F;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Any Unicode space or tab that is not a line break. */
    static boolean isSpace(char c) {
        return (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B') && !isLineBreak(c);
    }

    private static boolean isDropped(char c) {
        return Character.isISOControl(c) // line breaks and tabs were handled before
                || c == '\u00AD' || c == '\uFEFF' || c == '\u2060' || c == '\u200E' || c == '\u200F';
    }
}
