package io.sentio.function.api;

/**
 * How much a request may carry. Set from the environment ({@code MAX_TEXT_CHARS},
 * {@code MAX_BATCH_SIZE}, {@code MAX_BODY_BYTES}); exceeding any of them is a 413.
 *
 * @param maxTextChars  characters (UTF-16 units) per text
 * @param maxBatchSize  texts per batch request
 * @param maxBodyBytes  bytes of the request body after base64 decoding
 */
public record Limits(int maxTextChars, int maxBatchSize, int maxBodyBytes) {
    public static final int DEFAULT_MAX_TEXT_CHARS = 5_000;
    public static final int DEFAULT_MAX_BATCH_SIZE = 64;
    public static final int DEFAULT_MAX_BODY_BYTES = 1_048_576;

    public Limits {
        if (maxTextChars < 1 || maxBatchSize < 1 || maxBodyBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_BATCH_SIZE, DEFAULT_MAX_BODY_BYTES);
    }
}
