package io.sentio.core.store;

/** An {@code s3://bucket/key} address, split. The key has no leading or trailing slash. */
public record S3Location(String bucket, String key) {
    public static final String SCHEME = "s3://";

    public static boolean isS3(String uri) {
        return uri.startsWith(SCHEME);
    }

    public static S3Location parse(String uri) {
        if (!isS3(uri)) {
            throw new IllegalArgumentException("not an s3:// URI: " + uri);
        }
        String rest = uri.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : rest.substring(slash + 1);
        if (bucket.isEmpty()) {
            throw new IllegalArgumentException("no bucket in " + uri + " (expected s3://bucket/prefix)");
        }
        while (key.endsWith("/")) {
            key = key.substring(0, key.length() - 1);
        }
        return new S3Location(bucket, key);
    }
}
