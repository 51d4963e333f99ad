package io.sentio.training.data;

/**
 * Input that cannot be read as any supported layout, or not as the layout asked for. The message
 * names the file and what was expected, e.g. "not an aclImdb directory: missing train/neg".
 */
public class DataFormatException extends RuntimeException {
    public DataFormatException(String message) {
        super(message);
    }

    public DataFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
