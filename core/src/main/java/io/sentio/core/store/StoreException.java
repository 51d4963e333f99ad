package io.sentio.core.store;

/** A store that cannot be reached, read or written; the message names the store and the key. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
