package io.sentio.core.store;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * How a model is named everywhere: a bundle directory ({@code models/reviews-20261123}) or a
 * version or alias in a store ({@code s3://bucket/models/reviews@live}, {@code file:///srv/models/reviews@3}).
 */
public sealed interface ModelUri permits ModelUri.BundleDirectory, ModelUri.StoreReference {

    Pattern SELECTOR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** A local directory holding one bundle. */
    record BundleDirectory(Path directory) implements ModelUri {
    }

    /** An alias or version number in a store. */
    record StoreReference(String store, String selector) implements ModelUri {
        public boolean isVersion() {
            return selector.chars().allMatch(Character::isDigit);
        }
    }

    static ModelUri parse(String text) {
        String uri = text.strip();
        if (uri.isEmpty()) {
            throw new IllegalArgumentException("empty model URI");
        }
        int at = uri.lastIndexOf('@');
        if (at > uri.lastIndexOf('/') && at > 0) {
            String selector = uri.substring(at + 1);
            if (!SELECTOR.matcher(selector).matches()) {
                throw new IllegalArgumentException("bad alias or version '" + selector + "' in model URI " + uri);
            }
            return new StoreReference(uri.substring(0, at), selector);
        }
        if (S3Location.isS3(uri)) {
            throw new IllegalArgumentException("an s3:// model URI names a version or alias of a store, e.g. "
                    + uri + "@live");
        }
        return new BundleDirectory(LocalPaths.fromUriOrPath(uri));
    }
}
