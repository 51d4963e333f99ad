package io.sentio.function.local.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads HTTP/1.1 requests (RFC 9112) off one connection through its own buffer: the request line
 * and headers within fixed limits, then the body by Content-Length or chunked coding, at most one
 * byte past the body limit. Anything it cannot take safely is a {@link ProtocolException}.
 */
final class RequestReader {
    static final int MAX_REQUEST_LINE = 8 * 1024;
    static final int MAX_HEADER_BYTES = 16 * 1024;
    static final int MAX_HEADERS = 100;
    /** Blank lines tolerated before a request line (RFC 9112 §2.2: some clients send a CRLF after a body). */
    private static final int MAX_LEADING_BLANK_LINES = 4;

    private final InputStream in;
    private final int maxBodyBytes;
    private final byte[] buffer = new byte[8 * 1024];
    private final byte[] line = new byte[MAX_HEADER_BYTES + 1];
    private int position;
    private int limit;

    RequestReader(InputStream in, int maxBodyBytes) {
        this.in = in;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The next request's head, or empty when the client closed the connection between requests. */
    Optional<RequestHead> readHead() throws IOException, ProtocolException {
        if (!fill()) {
            return Optional.empty();
        }
        String requestLine = readLine(MAX_REQUEST_LINE, 414, "uri_too_long", "request line longer than "
                + MAX_REQUEST_LINE + " bytes");
        for (int blank = 0; requestLine.isEmpty(); blank++) {
            if (blank == MAX_LEADING_BLANK_LINES) {
                throw new ProtocolException(400, "bad_request", "no request line");
            }
            requestLine = readLine(MAX_REQUEST_LINE, 414, "uri_too_long", "request line too long");
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
            throw new ProtocolException(400, "bad_request", "malformed request line");
        }
        String version = parts[2];
        if (!version.startsWith("HTTP/") || version.length() != 8 || !Character.isDigit(version.charAt(5))
                || version.charAt(6) != '.' || !Character.isDigit(version.charAt(7))) {
            throw new ProtocolException(400, "bad_request", "malformed HTTP version");
        }
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            throw new ProtocolException(505, "http_version_not_supported", version + " is not supported; use HTTP/1.1");
        }
        Map<String, String> headers = readHeaders();
        if (version.equals("HTTP/1.1") && !headers.containsKey("host")) {
            throw new ProtocolException(400, "bad_request", "HTTP/1.1 request without a Host header");
        }
        return Optional.of(new RequestHead(parts[0], utf8(parts[1]), version, headers));
    }

    /** The body the head announces. */
    Body readBody(RequestHead head) throws IOException, ProtocolException {
        String transferEncoding = head.headers().get("transfer-encoding");
        String contentLength = head.headers().get("content-length");
        if (transferEncoding != null) {
            if (contentLength != null) {
                throw new ProtocolException(400, "bad_request", "both Transfer-Encoding and Content-Length");
            }
            if (!transferEncoding.trim().equalsIgnoreCase("chunked")) {
                throw new ProtocolException(501, "not_implemented",
                        "transfer coding '" + transferEncoding + "' is not supported; send chunked or Content-Length");
            }
            return readChunked();
        }
        if (contentLength == null) {
            return Body.EMPTY;
        }
        long length = parseLength(contentLength);
        int wanted = (int) Math.min(length, maxBodyBytes + 1L);
        byte[] body = new byte[wanted];
        readFully(body, 0, wanted);
        return new Body(body, length > maxBodyBytes);
    }

    record Body(byte[] bytes, boolean truncated) {
        static final Body EMPTY = new Body(new byte[0], false);
    }

    private Map<String, String> readHeaders() throws IOException, ProtocolException {
        Map<String, String> headers = new HashMap<>(16);
        int bytes = 0;
        int count = 0;
        String header;
        while (!(header = readLine(MAX_HEADER_BYTES - bytes, 431, "headers_too_large",
                "header section larger than " + MAX_HEADER_BYTES + " bytes")).isEmpty()) {
            bytes += header.length() + 2;
            if (++count > MAX_HEADERS) {
                throw new ProtocolException(431, "headers_too_large", "more than " + MAX_HEADERS + " headers");
            }
            int colon = header.indexOf(':');
            String name = colon <= 0 ? "" : header.substring(0, colon);
            if (!isToken(name)) {
                // Also refuses obsolete line folding and whitespace before the colon (RFC 9112 §5).
                throw new ProtocolException(400, "bad_request", "malformed header line");
            }
            name = name.toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            headers.merge(name, value, (first, second) -> first + "," + second);
        }
        return headers;
    }

    private Body readChunked() throws IOException, ProtocolException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(MAX_REQUEST_LINE, 400, "bad_request", "chunk size line too long");
            int extension = sizeLine.indexOf(';');
            String hex = (extension < 0 ? sizeLine : sizeLine.substring(0, extension)).strip();
            long size = parseHex(hex);
            if (size == 0) {
                readHeaders(); // trailer fields: read past them, not used
                return new Body(body.toByteArray(), false);
            }
            long room = maxBodyBytes + 1L - body.size();
            if (size > room) {
                // More than the limit: keep what the handler needs to refuse it, read no further.
                byte[] part = new byte[(int) room];
                readFully(part, 0, part.length);
                body.write(part, 0, part.length);
                return new Body(body.toByteArray(), true);
            }
            byte[] chunk = new byte[(int) size];
            readFully(chunk, 0, chunk.length);
            body.write(chunk, 0, chunk.length);
            if (!readLine(2, 400, "bad_request", "chunk not followed by CRLF").isEmpty()) {
                throw new ProtocolException(400, "bad_request", "chunk not followed by CRLF");
            }
        }
    }

    private static long parseLength(String value) throws ProtocolException {
        String digits = value.strip();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ProtocolException(400, "bad_request", "invalid Content-Length");
        }
        return Long.parseLong(digits);
    }

    private static long parseHex(String hex) throws ProtocolException {
        if (hex.isEmpty() || hex.length() > 15) {
            throw new ProtocolException(400, "bad_request", "invalid chunk size");
        }
        long size = 0;
        for (int i = 0; i < hex.length(); i++) {
            int digit = Character.digit(hex.charAt(i), 16);
            if (digit < 0) {
                throw new ProtocolException(400, "bad_request", "invalid chunk size");
            }
            size = size * 16 + digit;
        }
        return size;
    }

    /** A target sent with raw UTF-8 bytes (not percent-encoded), read back as the text the client meant. */
    private static String utf8(String latin1) {
        for (int i = 0; i < latin1.length(); i++) {
            if (latin1.charAt(i) > 0x7f) {
                return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return latin1;
    }

    /** tchar of RFC 9110 §5.6.2: what method and header names are made of. */
    private static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean tchar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!tchar) {
                return false;
            }
        }
        return true;
    }

    /**
     * One line without its CRLF (a bare LF is accepted too), as ISO-8859-1 (bytes to chars one to
     * one, so a non-ASCII octet in a target survives to be refused or decoded later).
     */
    private String readLine(int max, int status, String code, String message) throws IOException, ProtocolException {
        int length = 0;
        while (true) {
            if (position == limit && !fill()) {
                throw new EOFException("connection closed in the middle of a request");
            }
            byte b = buffer[position++];
            if (b == '\n') {
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                if (length > max) {
                    throw new ProtocolException(status, code, message);
                }
                return new String(line, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (length > max || length == line.length) { // one byte of room past max, for the CR
                throw new ProtocolException(status, code, message);
            }
            line[length++] = b;
        }
    }

    private void readFully(byte[] target, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            if (position == limit && !fill()) {
                throw new EOFException("connection closed in the middle of a body");
            }
            int n = Math.min(length - done, limit - position);
            System.arraycopy(buffer, position, target, offset + done, n);
            position += n;
            done += n;
        }
    }

    /** True when there is something to read (refilling from the socket if the buffer is empty). */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
