package io.sentio.training.prepare;

import java.util.Map;
import java.util.TreeMap;

/** Rows left out, counted by reason, so a user can see what happened to every row. */
public final class SkipCounter {
    private final Map<String, Long> counts = new TreeMap<>();

    public void count(String reason) {
        counts.merge(reason, 1L, Long::sum);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> asMap() {
        return Map.copyOf(counts);
    }
}
