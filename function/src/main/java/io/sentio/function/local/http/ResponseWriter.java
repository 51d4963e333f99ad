package io.sentio.function.local.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes responses to one connection: status line, headers and body assembled in one buffer and
 * sent with a single write, so a response costs one system call and leaves as one TCP segment
 * (the JDK's server sends headers and body separately).
 */
final class ResponseWriter {
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private byte[] buffer = new byte[16 * 1024];
    private int length;

    ResponseWriter(OutputStream out) {
        this.out = out;
    }

    void writeContinue() throws IOException {
        out.write(CONTINUE);
        out.flush();
    }

    /**
     * @param headOnly   a HEAD request: headers (with the body's length) but no body
     * @param keepAlive  false adds {@code Connection: close}; the caller closes after writing
     * @param http10     an HTTP/1.0 client that asked to keep the connection is told it is kept
     */
    void write(HttpResponse response, boolean headOnly, boolean keepAlive, boolean http10) throws IOException {
        length = 0;
        text(http10 ? "HTTP/1.0 " : "HTTP/1.1 ");
        text(Integer.toString(response.status()));
        append((byte) ' ');
        text(ReasonPhrases.of(response.status()));
        crlf();
        boolean contentLengthSet = false;
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            String name = header.getKey();
            if (name.equalsIgnoreCase("content-length") || name.equalsIgnoreCase("connection")
                    || name.equalsIgnoreCase("date") || name.equalsIgnoreCase("transfer-encoding")) {
                continue; // framing is the server's business, not the handler's
            }
            header(name, header.getValue());
        }
        header("Content-Length", Integer.toString(response.body().length));
        if (!keepAlive) {
            header("Connection", "close");
        } else if (http10) {
            header("Connection", "keep-alive");
        }
        append(HttpDate.headerLine());
        crlf();
        if (!headOnly) {
            append(response.body());
        }
        out.write(buffer, 0, length);
        out.flush();
    }

    private void header(String name, String value) {
        text(name);
        append((byte) ':');
        append((byte) ' ');
        text(value);
        crlf();
    }

    /** Header text as ISO-8859-1; CR and LF dropped, so no value can start a header of its own. */
    private void text(String value) {
        ensure(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\r' && c != '\n') {
                buffer[length++] = c <= 0xff ? (byte) c : (byte) '?';
            }
        }
    }


    private void crlf() {
        append((byte) '\r');
        append((byte) '\n');
    }

    private void append(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void append(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    /** The Date header (RFC 9110 §6.6.1), formatted once a second rather than per response. */
    static final class HttpDate {
        private static volatile Cached cached = new Cached(-1, new byte[0]);

        private HttpDate() {
        }

        static byte[] headerLine() {
            long second = System.currentTimeMillis() / 1000;
            Cached current = cached;
            if (current.second != second) {
                String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(second), ZoneOffset.UTC));
                current = new Cached(second, ("Date: " + date + "\r\n").getBytes(StandardCharsets.US_ASCII));
                cached = current;
            }
            return current.line;
        }

        private record Cached(long second, byte[] line) {
        }
    }
}
