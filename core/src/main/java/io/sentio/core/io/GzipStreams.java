package io.sentio.core.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Gzip recognised by its magic number (1f 8b), not by a file name: what every reader of user data does. */
public final class GzipStreams {
    private static final int BUFFER = 1 << 16;

    private GzipStreams() {
    }

    /** Wraps raw bytes, buffered, so gzip is undone when the stream starts with the gzip magic. */
    public static InputStream decompressIfGzipped(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == 0x1f && second == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
        }
        return in;
    }
}
