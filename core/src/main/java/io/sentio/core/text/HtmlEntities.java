package io.sentio.core.text;

/**
 * Decodes HTML character references: numeric ({@code &#39;}, {@code &#x27;}) and the named
 * ones that turn up in scraped reviews (all of Latin-1 plus typographic punctuation).
 *
 * <p>A reference must end in {@code ;}. Without that rule "Q&A", "T&A;" and URL query
 * strings ("?ie=UTF8&psc=1") would be mangled; all three occur in the data sets.
 */
final class HtmlEntities {
    /** Named references for U+00A0..U+00FF, in code point order (HTML 4 / HTML 5 names). */
    private static final String[] LATIN1 = {
        "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect",
        "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr",
        "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
        "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
        "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil",
        "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml",
        "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times",
        "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig",
        "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
        "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml",
        "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide",
        "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
    };
    /** Other named references, each paired with the character at the same index of {@link #OTHER_CHARS}. */
    private static final String[] OTHER_NAMES = {
        "amp", "lt", "gt", "quot", "apos",
        "ndash", "mdash", "lsquo", "rsquo", "sbquo", "ldquo", "rdquo", "bdquo",
        "lsaquo", "rsaquo", "hellip", "bull", "prime", "Prime", "dagger", "Dagger", "permil",
        "ensp", "emsp", "thinsp", "zwnj", "zwj", "lrm", "rlm",
        "euro", "trade", "minus", "larr", "rarr", "uarr", "darr", "hearts",
        "OElig", "oelig", "Scaron", "scaron", "Yuml", "fnof", "circ", "tilde",
    };
    private static final String OTHER_CHARS =
            "&<>\"'"
            + "\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E"
            + "\u2039\u203A\u2026\u2022\u2032\u2033\u2020\u2021\u2030"
            + "\u2002\u2003\u2009\u200C\u200D\u200E\u200F"
            + "\u20AC\u2122\u2212\u2190\u2192\u2191\u2193\u2665"
            + "\u0152\u0153\u0160\u0161\u0178\u0192\u02C6\u02DC";
    private static final int MAX_NAME_LENGTH = 8;

    private HtmlEntities() {
    }

    /**
     * Decodes the reference starting at {@code s.charAt(amp) == '&'}, appending its text to
     * {@code out}. Returns the index just after it, or -1 (nothing appended) when there is
     * no known reference there and the '&' is plain text.
     */
    static int decode(String s, int amp, StringBuilder out) {
        int end = decodeBody(s, amp + 1, out);
        // Scraped text is often escaped more than once: in "&amp;#39;" or "&amp;amp;amp;#39;"
        // (both in the clothing data set) the '&' just produced starts another reference.
        while (end > 0 && out.charAt(out.length() - 1) == '&') {
            out.setLength(out.length() - 1);
            int inner = decodeBody(s, end, out);
            if (inner < 0) {
                out.append('&');
                break;
            }
            end = inner;
        }
        return end;
    }

    /** Decodes the part after '&' ("amp;", "#39;", "#x27;") starting at {@code p}. */
    private static int decodeBody(String s, int p, StringBuilder out) {
        if (p < s.length() && s.charAt(p) == '#') {
            return decodeNumeric(s, p + 1, out);
        }
        int nameEnd = p;
        while (nameEnd < s.length() && nameEnd - p <= MAX_NAME_LENGTH && isAsciiLetterOrDigit(s.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == p || nameEnd >= s.length() || s.charAt(nameEnd) != ';') {
            return -1;
        }
        int c = named(s, p, nameEnd - p);
        if (c < 0) {
            return -1;
        }
        out.append((char) c);
        return nameEnd + 1;
    }

    private static int decodeNumeric(String s, int p, StringBuilder out) {
        int radix = 10;
        if (p < s.length() && (s.charAt(p) == 'x' || s.charAt(p) == 'X')) {
            radix = 16;
            p++;
        }
        int maxDigits = radix == 16 ? 6 : 7; // enough for U+10FFFF, too few to overflow an int
        int value = 0;
        int digits = 0;
        while (p < s.length() && digits <= maxDigits) {
            int d = asciiDigit(s.charAt(p), radix);
            if (d < 0) {
                break;
            }
            value = value * radix + d;
            digits++;
            p++;
        }
        if (digits == 0 || digits > maxDigits || p >= s.length() || s.charAt(p) != ';') {
            return -1;
        }
        if (value >= 0x80 && value <= 0x9F) {
            out.append(Cp1252.charForHighControlByte(value));
        } else if (value == 0 || value > Character.MAX_CODE_POINT
                || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
            return -1;
        } else {
            out.appendCodePoint(value);
        }
        return p + 1;
    }

    /** The character named by {@code s[start, start+length)}, or -1. Case-sensitive, as in HTML. */
    private static int named(String s, int start, int length) {
        for (int i = 0; i < LATIN1.length; i++) {
            if (LATIN1[i].length() == length && s.regionMatches(start, LATIN1[i], 0, length)) {
                return 0xA0 + i;
            }
        }
        for (int i = 0; i < OTHER_NAMES.length; i++) {
            if (OTHER_NAMES[i].length() == length && s.regionMatches(start, OTHER_NAMES[i], 0, length)) {
                return OTHER_CHARS.charAt(i);
            }
        }
        return -1;
    }

    private static int asciiDigit(char c, int radix) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (radix == 16 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return (c | 0x20) - 'a' + 10;
        }
        return -1;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
