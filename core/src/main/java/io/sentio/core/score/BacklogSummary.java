package io.sentio.core.score;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a scored backlog holds ({@value PartNames#SUMMARY} under the output prefix): the complete
 * parts and their rows by outcome, the model, and the span from the first part's start to the last
 * part's end.
 *
 * @param otherModels models other than {@code model} that scored some of the parts (a resumed run
 *                    with a different model); empty normally
 */
public record BacklogSummary(String output, ModelRef model, List<ModelRef> otherModels, int parts, long rows,
        long scored, Map<String, Long> errors, Optional<Instant> startedAt, Optional<Instant> finishedAt,
        double seconds, double textsPerSecond) {

    public BacklogSummary {
        otherModels = List.copyOf(otherModels);
        errors = Map.copyOf(errors);
    }

    static BacklogSummary of(String output, ModelRef model, List<PartSummary> parts) {
        Map<String, Long> errors = new LinkedHashMap<>();
        long rows = 0;
        long scored = 0;
        for (PartSummary part : parts) {
            rows += part.rows();
            scored += part.scored();
            part.errors().forEach((reason, n) -> errors.merge(reason, n, Long::sum));
        }
        Optional<Instant> started = parts.stream().map(PartSummary::startedAt).min(Instant::compareTo);
        Optional<Instant> finished = parts.stream().map(PartSummary::finishedAt).max(Instant::compareTo);
        double seconds = started.isEmpty() ? 0 : Duration.between(started.get(), finished.get()).toNanos() / 1e9;
        List<ModelRef> others = parts.stream().map(PartSummary::model).filter(m -> !m.equals(model)).distinct()
                .toList();
        return new BacklogSummary(output, model, others, parts.size(), rows, scored, errors, started, finished,
                seconds, seconds > 0 ? rows / seconds : 0);
    }
}
