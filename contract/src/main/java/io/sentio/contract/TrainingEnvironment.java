package io.sentio.contract;

/**
 * The environment variables the training image's entrypoint ({@code training/docker-entrypoint.sh})
 * turns into options when the command line does not give them; the CDK app's Batch job definitions
 * and the lifecycle's retrain task set them by these names.
 */
public final class TrainingEnvironment {
    /** {@code --data} of train, evaluate and retrain. */
    public static final String DATA_URI = "SENTIO_DATA_URI";
    /** {@code --store} of publish and retrain. */
    public static final String STORE_URI = "SENTIO_STORE_URI";
    /** {@code --alias} of publish and retrain. */
    public static final String ALIAS = "SENTIO_ALIAS";

    private TrainingEnvironment() {
    }
}
