package io.sentio.infra.storage;

/**
 * Where things live in the model bucket. Model stores sit under {@code models/} (a store
 * {@code models/<name>} holds {@code versions/} and {@code aliases/}, as the core ModelStore lays
 * them out); training data under {@code data/}.
 */
public final class BucketLayout {

    public static final String MODELS_PREFIX = "models/";
    public static final String DATA_PREFIX = "data/";

    private BucketLayout() {
    }

    /** {@code s3://<bucket>/models/<name>}: the store URI the training CLI publishes to. */
    public static String storeUri(String bucketName, String modelName) {
        return "s3://" + bucketName + "/" + MODELS_PREFIX + modelName;
    }

    /** {@code s3://<bucket>/models/<name>@<alias>}: what the function loads ({@code MODEL_URI}). */
    public static String modelUri(String bucketName, String modelName, String alias) {
        return storeUri(bucketName, modelName) + "@" + alias;
    }

    /** {@code s3://<bucket>/<key>}: training data, a key or prefix under {@code data/}. */
    public static String dataUri(String bucketName, String key) {
        return "s3://" + bucketName + "/" + key;
    }
}
