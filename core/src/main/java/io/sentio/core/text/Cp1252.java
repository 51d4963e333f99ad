package io.sentio.core.text;

/**
 * The Windows-1252 code page, which is what most software means by "Latin-1". Both text
 * repairs need it: mojibake is UTF-8 bytes shown through this table, and browsers decode
 * the numeric entities {@code &#128;}..{@code &#159;} through it ({@code &#146;} is ’).
 */
final class Cp1252 {
    /**
     * Characters for bytes 0x80..0x9F. The five bytes Windows leaves undefined map to the C1
     * control of the same value, as ISO-8859-1 decoders produce them.
     */
    private static final String HIGH_CONTROL_RANGE =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private Cp1252() {
    }

    /** The character Windows-1252 shows for byte 0x80..0x9F. */
    static char charForHighControlByte(int b) {
        return HIGH_CONTROL_RANGE.charAt(b - 0x80);
    }

    /**
     * The byte a character came from when UTF-8 bytes were decoded as Windows-1252 (or as
     * ISO-8859-1, which leaves 0x80..0x9F as C1 controls): 0x80..0xFF, or -1 for characters
     * no single byte decodes to.
     */
    static int byteOf(char c) {
        if (c < 0x80) {
            return -1;
        }
        if (c <= 0xFF) {
            return c;
        }
        int index = HIGH_CONTROL_RANGE.indexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }
}
