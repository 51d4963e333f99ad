package io.sentio.function.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/** The API's routes, each with the methods it accepts. */
public enum Route {
    /** {@code GET /}: the try-it page, when the function serves it ({@code TRY_IT_PAGE}); a 404 otherwise. */
    PAGE("/", Set.of("GET")),
    PREDICT("/predict", Set.of("GET", "POST")),
    /** {@code GET /predict/{text}}: the text as the last path segment, URL-encoded. */
    PREDICT_TEXT("/predict/{text}", Set.of("GET")),
    HEALTH("/health", Set.of("GET")),
    MODEL("/model", Set.of("GET")),
    OPENAPI("/openapi.json", Set.of("GET"));

    private static final String PREDICT_PREFIX = "/predict/";

    private final String path;
    private final Set<String> methods;

    Route(String path, Set<String> methods) {
        this.path = path;
        this.methods = methods;
    }

    public String path() {
        return path;
    }

    public boolean allows(String method) {
        return methods.contains(method);
    }

    /** The value of the {@code Allow} header of a 405. */
    public String allowHeader() {
        return this == PREDICT ? "GET, POST" : "GET";
    }

    /** The route for a path ("/predict", "/predict/", "/predict/some%20text"), or null. */
    public static Route forPath(String path) {
        if (path == null) {
            return null;
        }
        String p = withoutTrailingSlash(path);
        for (Route route : values()) {
            if (route.path.equals(p)) {
                return route;
            }
        }
        return textSegment(p).isPresent() ? PREDICT_TEXT : null;
    }

    /**
     * The decoded text of a {@code /predict/{text}} path: one non-empty segment after
     * {@code /predict/} (API Gateway's route matches one segment; an encoded '/' is %2F). Percent
     * escapes are decoded as in a path ('+' stays '+'); a malformed escape is kept as written.
     */
    public static Optional<String> pathText(String path) {
        return path == null ? Optional.empty() : textSegment(withoutTrailingSlash(path)).map(Route::decodeSegment);
    }

    private static Optional<String> textSegment(String path) {
        if (!path.startsWith(PREDICT_PREFIX)) {
            return Optional.empty();
        }
        String segment = path.substring(PREDICT_PREFIX.length());
        return segment.isEmpty() || segment.indexOf('/') >= 0 ? Optional.empty() : Optional.of(segment);
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String decodeSegment(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return segment;
        }
    }
}
