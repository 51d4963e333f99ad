package io.sentio.function.local.http;

import java.util.Map;

/** The request line and headers, read before the body (so a 100 Continue can go out in between). */
record RequestHead(String method, String target, String version, Map<String, String> headers) {

    boolean isHttp10() {
        return "HTTP/1.0".equals(version);
    }

    /** HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless told to keep it. */
    boolean keepAlive() {
        String connection = headers.get("connection");
        if (isHttp10()) {
            return connection != null && hasToken(connection, "keep-alive");
        }
        return connection == null || !hasToken(connection, "close");
    }

    boolean expectsContinue() {
        String expect = headers.get("expect");
        return !isHttp10() && expect != null && expect.trim().equalsIgnoreCase("100-continue");
    }

    private static boolean hasToken(String list, String token) {
        for (String part : list.split(",")) {
            if (part.trim().equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }
}
