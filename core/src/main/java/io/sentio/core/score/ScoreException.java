package io.sentio.core.score;

/** A part or location that cannot be scored at all (unreadable, unknown columns, broken CSV quoting); the message names it. */
public final class ScoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScoreException(String message) {
        super(message);
    }

    public ScoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
