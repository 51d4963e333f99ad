package io.sentio.core.score;

import io.sentio.core.io.GzipStreams;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Opens a part's bytes as rows: gzip undone (recognised by its magic bytes), the format from the name, the option or the content. */
public final class RowReaders {
    private static final int HEAD = 4096;

    private RowReaders() {
    }

    /**
     * @param raw      the part's bytes; closed with the reader
     * @param name     the part's name, for its format and for messages
     * @param format   forced by the user; empty to tell it from the name, then the content
     */
    public static RowReader open(InputStream raw, String name, Optional<InputFormat> format, Columns columns) {
        try {
            InputStream in = GzipStreams.decompressIfGzipped(raw);
            InputFormat chosen = format.or(() -> InputFormat.fromName(name)).orElseGet(() -> sniff(in));
            return switch (chosen) {
                case CSV -> new CsvRows(in, name, columns);
                case JSONL -> new JsonlRows(in, name, columns);
                case TEXT -> new TextRows(in, name);
            };
        } catch (IOException e) {
            closeQuietly(raw);
            throw new ScoreException("cannot read " + name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(raw);
            throw e;
        }
    }


    private static InputFormat sniff(InputStream in) {
        try {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            return InputFormat.sniff(head);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the failure being reported is the one that matters
        }
    }
}
