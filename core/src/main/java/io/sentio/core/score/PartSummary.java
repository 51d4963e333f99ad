package io.sentio.core.score;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The record of one scored part, kept next to its output (see {@link PartNames#partSummary}) so a
 * run's summary counts every complete part, also those scored by an earlier, interrupted run.
 */
public record PartSummary(String part, String input, String output, ModelRef model, long rows, long scored,
        Map<String, Long> errors, Instant startedAt, Instant finishedAt) {

    public PartSummary {
        errors = Map.copyOf(errors);
    }

    public double seconds() {
        return Duration.between(startedAt, finishedAt).toNanos() / 1e9;
    }
}
