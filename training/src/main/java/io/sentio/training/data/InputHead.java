package io.sentio.training.data;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The first bytes of an input (after gzip), enough to tell its layout: a tar header, a JSON
 * object, or a CSV header line.
 *
 * @param location the input, for messages
 * @param bytes    up to {@link #SIZE} leading bytes
 */
record InputHead(String location, byte[] bytes) {
    static final int SIZE = 64 * 1024;

    boolean isEmpty() {
        return bytes.length == 0;
    }

    /** POSIX/GNU tar: "ustar" at offset 257 of the first header block. */
    boolean isTar() {
        return bytes.length >= 262 && new String(bytes, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
    }

    boolean isZip() {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Starts (after a BOM and blanks) with '{': one JSON object per line, i.e. JSONL. */
    boolean isJsonObject() {
        return text().stripLeading().startsWith("{");
    }

    List<String> csvHeader() {
        return CsvTable.firstRecord(text(), location);
    }

    /** The first JSONL line, when it is complete within the head. */
    String firstLine() {
        String text = text().stripLeading();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private String text() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
