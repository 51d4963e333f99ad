package io.sentio.function.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The try-it page, {@value #RESOURCE} in the jar: one self-contained HTML file (inline style and
 * script, no external fonts, scripts or images) that talks to this API from the same origin.
 * Its Content-Security-Policy allows exactly the page's own inline style and script (by their
 * sha256) and requests to its own origin, so the page cannot load anything from elsewhere, and
 * neither can text that someone manages to inject into it.
 */
public final class TryItPage {
    public static final String RESOURCE = "/try-it.html";
    public static final String CONTENT_TYPE = "text/html; charset=utf-8";
    private static final ApiResponse RESPONSE = build(read());

    private TryItPage() {
    }

    public static ApiResponse response() {
        return RESPONSE;
    }

    public static String html() {
        return RESPONSE.body();
    }

    static ApiResponse build(String html) {
        String policy = "default-src 'none'; "
                + "script-src " + hashOf(html, "script") + "; "
                + "style-src " + hashOf(html, "style") + "; "
                + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors 'none'";
        return new ApiResponse(200, html, Map.of(
                "Content-Type", CONTENT_TYPE,
                "Content-Security-Policy", policy,
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer",
                // The page names no model version: a new deployment must not be hidden behind a cached copy.
                "Cache-Control", "no-cache"));
    }

    /** The CSP source of the one inline {@code <tag>} element's content: {@code 'sha256-…'}. */
    static String hashOf(String html, String tag) {
        String open = "<" + tag + ">";
        int start = html.indexOf(open);
        int end = html.indexOf("</" + tag + ">", start);
        if (start < 0 || end < 0 || html.indexOf(open, end) >= 0) {
            throw new IllegalStateException(RESOURCE + " must hold exactly one plain <" + tag + "> element");
        }
        String content = html.substring(start + open.length(), end);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String read() {
        try (InputStream in = TryItPage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the function jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
