package io.sentio.core.store;

import java.net.URI;
import java.nio.file.Path;

/** Accepts both {@code file:///abs/dir} and plain paths wherever a local location is asked for. */
public final class LocalPaths {
    private LocalPaths() {
    }

    public static Path fromUriOrPath(String text) {
        if (text.startsWith("file:")) {
            try {
                return Path.of(URI.create(text));
            } catch (IllegalArgumentException e) {
                // "file:relative/dir" is not a hierarchical URI; take what follows the scheme.
                return Path.of(text.substring("file:".length()));
            }
        }
        return Path.of(text);
    }
}
