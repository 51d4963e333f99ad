package io.sentio.function.local.http;

/**
 * A request the server cannot take as HTTP/1.1 (malformed, too large a header, an unsupported
 * transfer coding…): answered with {@link #status()} and the connection closed, since where the
 * next request would start is no longer known.
 */
final class ProtocolException extends Exception {
    private final int status;
    private final String code;

    ProtocolException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
