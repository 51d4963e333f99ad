package io.sentio.function.local.http;

import java.util.Map;

/**
 * One HTTP/1.1 request as read off the wire.
 *
 * @param target        the request target as sent (origin form: path and query, still percent-encoded)
 * @param headers       header names in lower case; repeated headers joined with {@code ","}
 * @param body          the body, at most {@code maxBodyBytes + 1} bytes (see {@link #bodyTruncated})
 * @param bodyTruncated true when the client sent more than fits: the handler sees one byte past the
 *                      limit (enough to refuse it) and the connection is closed after the answer
 */
public record HttpRequest(String method, String target, String version, Map<String, String> headers,
        byte[] body, boolean bodyTruncated, String remoteAddress) {

    /** The path part of the target: before {@code ?}, as sent. */
    public String rawPath() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** The query part of the target (after {@code ?}, as sent), or null without one. */
    public String rawQuery() {
        int query = target.indexOf('?');
        return query < 0 ? null : target.substring(query + 1);
    }
}
