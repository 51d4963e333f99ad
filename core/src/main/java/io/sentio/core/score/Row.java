package io.sentio.core.score;

import java.util.Optional;

/**
 * One input row: its id and text, or why it could not be read ({@link RowError#MALFORMED}). Rows
 * that were read but cannot be scored (empty, too long) are told apart when scored.
 */
public record Row(RowId id, String text, Optional<RowError> unreadable) {
    public static Row of(RowId id, String text) {
        return new Row(id, text, Optional.empty());
    }

    public static Row malformed(RowId id) {
        return new Row(id, "", Optional.of(RowError.MALFORMED));
    }
}
