package io.sentio.core.score;

import java.util.Objects;
import java.util.Optional;

/**
 * How a backlog is read and scored.
 *
 * @param format    forced input format; empty to tell it per part from the name, then the content
 * @param columns   text and id columns
 * @param maxChars  a longer text is an error row ({@code too_long}) rather than scored: it bounds the
 *                  memory one row can take, and a text that long is rarely one review
 * @param overwrite score parts again even when their output is already complete
 */
public record ScoreOptions(Optional<InputFormat> format, Columns columns, int maxChars, boolean overwrite) {
    public static final int DEFAULT_MAX_CHARS = 100_000;

    public ScoreOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(columns, "columns");
        if (maxChars < 1) {
            throw new IllegalArgumentException("the text limit must be at least 1 character, was " + maxChars);
        }
    }

    public static ScoreOptions defaults() {
        return new ScoreOptions(Optional.empty(), Columns.recognised(), DEFAULT_MAX_CHARS, false);
    }

    public ScoreOptions withOverwrite(boolean value) {
        return new ScoreOptions(format, columns, maxChars, value);
    }
}
