package io.sentio.function.api;

import java.util.Set;

/** The API's routes, each with the methods it accepts. */
public enum Route {
    PREDICT("/predict", Set.of("GET", "POST")),
    HEALTH("/health", Set.of("GET")),
    MODEL("/model", Set.of("GET"));

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

    /** The route for a path ("/predict", "/predict/"), or null. */
    public static Route forPath(String path) {
        if (path == null) {
            return null;
        }
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (Route route : values()) {
            if (route.path.equals(p)) {
                return route;
            }
        }
        return null;
    }
}
