package io.sentio.core.score;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Rows seen, rows scored and rows in error by reason; not thread-safe (one per batch, then merged). */
public final class RowCounts {
    private long rows;
    private long scored;
    private final EnumMap<RowError, Long> errors = new EnumMap<>(RowError.class);

    void countScored() {
        rows++;
        scored++;
    }

    void countError(RowError reason) {
        rows++;
        errors.merge(reason, 1L, Long::sum);
    }

    public void add(RowCounts other) {
        rows += other.rows;
        scored += other.scored;
        other.errors.forEach((reason, n) -> errors.merge(reason, n, Long::sum));
    }

    public long rows() {
        return rows;
    }

    public long scored() {
        return scored;
    }

    /** By wire name ("empty", "too_long", "malformed"), only reasons that occurred, in a fixed order. */
    public Map<String, Long> errors() {
        Map<String, Long> byName = new LinkedHashMap<>();
        errors.forEach((reason, n) -> byName.put(reason.wireName(), n));
        return byName;
    }
}
