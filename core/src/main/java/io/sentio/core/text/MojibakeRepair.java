package io.sentio.core.text;

/**
 * Repairs mojibake: UTF-8 bytes that were decoded as Windows-1252/Latin-1, so "é" shows as
 * "Ã©", "’" as "â€™", "®" as "Â®" and "😀" as "ðŸ˜€".
 *
 * <p>A run of characters is replaced only when their bytes form one complete, valid UTF-8
 * sequence (right lead byte, right number of continuation bytes, not overlong, not a
 * surrogate). Genuine text almost never looks like that: in "não" or "ação" the accented
 * letter is followed by an ASCII letter, which is never a continuation byte. Three guards
 * cover the cases where genuine text could look like that:
 * <ul>
 *   <li>Two-byte sequences are repaired only for the lead letters that mis-decoded European,
 *       Greek and Cyrillic text actually produces ({@link #TWO_BYTE_LEADS}), so an all-caps
 *       "CAFÉ…" stays as it is.</li>
 *   <li>When the last character of a sequence is closing punctuation that may genuinely
 *       follow a word ("«não»", "amanhã…", "réglé »" with a no-break space), the sequence
 *       must continue into a letter or digit. "Â"/"â" are exempt: they never end a real word,
 *       and "â€”" (an em dash) is the most common mojibake of all.</li>
 *   <li>Text that was lower-cased after it was mis-decoded (the clothing data set has
 *       "ã©" for "é", because "Ã" became "ã") is repaired only for the leads "ã" and "â",
 *       and only when the sequence is not also valid as written.</li>
 * </ul>
 * Text that was mis-decoded twice ("ÃƒÂ©") is repaired by running again.
 */
final class MojibakeRepair {
    private static final String TWO_BYTE_LEADS = "\u00C2\u00C3\u00C4\u00C5\u00CE\u00CF\u00D0\u00D1";
    /** Closing punctuation that genuinely follows a word-final letter. */
    private static final String WORD_FOLLOWERS = "\u00BB\u201D\u2019\u2026\u2013\u2014";
    static final int MAX_PASSES = 3;
    /** The lead bytes of multi-byte UTF-8 sequences, which Latin-1 shows as "Â".."ô". */
    private static final char FIRST_LEAD = '\u00C2';
    private static final char LAST_LEAD = '\u00F4';

    private MojibakeRepair() {
    }

    static String repair(String s) {
        String text = s;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String repaired = repairOnce(text, SourceRecorder.NONE);
            if (repaired == text) {
                return text;
            }
            text = repaired;
        }
        return text;
    }

    /**
     * One pass; returns {@code s} itself when nothing needed repair, so clean text costs no
     * allocation. {@code sources} is told where each character written came from.
     */
    static String repairOnce(String s, SourceRecorder sources) {
        StringBuilder out = null;
        int copiedUpTo = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < FIRST_LEAD || c > LAST_LEAD) {
                continue;
            }
            long decoded = decodeAt(s, i);
            if (decoded < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, copiedUpTo, i).appendCodePoint((int) decoded);
            sources.copy(copiedUpTo, i);
            sources.replace(i, i + (int) (decoded >>> 32), Character.charCount((int) decoded));
            copiedUpTo = i + (int) (decoded >>> 32);
            i = copiedUpTo - 1;
        }
        sources.copy(copiedUpTo, s.length());
        return out == null ? s : out.append(s, copiedUpTo, s.length()).toString();
    }

    /** The code point and (in the high half) the sequence length of mojibake at {@code i}, or -1. */
    private static long decodeAt(String s, int i) {
        char lead = s.charAt(i);
        int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (length > 2 || TWO_BYTE_LEADS.indexOf(lead) >= 0) {
            int cp = decodeSequence(s, i, lead, length);
            if (cp >= 0 && !(lead == '\u00E3' && cp >= 0x3400) && plausible(s, i, length, lead)) {
                return ((long) length << 32) | cp;
            }
        }
        if (lead == '\u00E3' || lead == '\u00E2') {
            // Lower-cased mojibake: "ã" was "Ã" (0xC3), "â" was "Â" (0xC2). A three-byte "ã"
            // sequence beyond U+3400 (rare CJK) is less likely than this reading (checked above).
            int cp = decodeSequence(s, i, lead - 0x20, 2);
            if (cp >= 0 && plausible(s, i, 2, lead)) {
                return (2L << 32) | cp;
            }
        }
        return -1;
    }

    /** Decodes {@code length} bytes: {@code leadByte}, then the bytes of the next characters. */
    private static int decodeSequence(String s, int i, int leadByte, int length) {
        if (i + length > s.length()) {
            return -1;
        }
        int cp = leadByte & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int b = Cp1252.byteOf(s.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return -1;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        boolean overlong = cp < (length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000);
        boolean surrogate = cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
        return overlong || surrogate || cp > Character.MAX_CODE_POINT ? -1 : cp;
    }

    private static boolean plausible(String s, int i, int length, char lead) {
        if (lead == '\u00C2' || lead == '\u00E2') {
            return true;
        }
        char last = s.charAt(i + length - 1);
        if (WORD_FOLLOWERS.indexOf(last) < 0) {
            return true;
        }
        int after = i + length;
        return after < s.length() && Character.isLetterOrDigit(s.charAt(after));
    }
}
