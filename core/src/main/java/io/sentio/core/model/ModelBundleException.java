package io.sentio.core.model;

/** A bundle that cannot be read, verified or loaded; the message says which file and why. */
public class ModelBundleException extends RuntimeException {
    public ModelBundleException(String message) {
        super(message);
    }

    public ModelBundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
