package io.sentio.core.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.sentio.core.json.Json;
import io.sentio.core.model.Classifier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.zip.GZIPOutputStream;

/**
 * Scores a backlog part by part: each input part becomes one output part of the same base name (in
 * input order, one line per row), and its counts are kept beside it; a part whose output exists is
 * complete and skipped unless {@link ScoreOptions#overwrite()}. Used by {@code sentio score} for a
 * whole prefix and by the scoring Lambda for the parts the Distributed Map hands it.
 */
public final class Backlog {
    /** What a long run tells its user; all calls come from the thread that runs the backlog. */
    public interface Listener {
        /** @param bytes the part's stored size (compressed, if it is) */
        default void partStarted(String input, long bytes) {
        }

        /** Rows of the current part written so far, and the part's bytes read (a little ahead of them). */
        default void progress(long rowsInPart, long bytesRead) {
        }

        default void partSkipped(String output) {
        }

        default void partDone(PartSummary summary) {
        }

        Listener NONE = new Listener() {
        };
    }

    /** What one call of {@link #scoreAll} did, next to what the whole output now holds. */
    public record Run(List<PartSummary> scored, List<String> skipped, double seconds, BacklogSummary summary) {
        public Run {
            scored = List.copyOf(scored);
            skipped = List.copyOf(skipped);
        }

        /** The rows this call scored (skipped parts left out), over its own wall time. */
        public BacklogSummary thisRun() {
            BacklogSummary parts = BacklogSummary.of(summary.output(), summary.model(), scored);
            return new BacklogSummary(parts.output(), parts.model(), parts.otherModels(), parts.parts(),
                    parts.rows(), parts.scored(), parts.errors(), parts.startedAt(), parts.finishedAt(), seconds,
                    seconds > 0 ? parts.rows() / seconds : 0);
        }
    }

    private final ScoreOptions options;
    private final PartScorer scorer;
    private final ModelRef model;
    private final Clock clock;
    private final Listener listener;

    public Backlog(Classifier classifier, ScoreOptions options, Executor pool, int parallelism, Clock clock,
            Listener listener) {
        this.options = options;
        this.scorer = new PartScorer(classifier, options.maxChars(), pool, parallelism);
        this.model = ModelRef.of(classifier.manifest());
        this.clock = clock;
        this.listener = listener;
    }

    public ModelRef model() {
        return model;
    }

    /** Every part into {@code out}, then the summary of all complete parts there. */
    public Run scoreAll(Location in, List<String> parts, Location out) {
        long started = System.nanoTime();
        List<PartSummary> scored = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String part : parts) {
            scorePart(in, part, out, PartNames.output(part), Optional.of(PartNames.partSummary(part)))
                    .ifPresentOrElse(scored::add, () -> skipped.add(out.uri(PartNames.output(part))));
        }
        BacklogSummary summary = summarise(out);
        return new Run(scored, skipped, (System.nanoTime() - started) / 1e9, summary);
    }

    /**
     * One part into {@code out} under {@code outName}; its counts also under {@code summaryName} when
     * given (written before the output is committed, so a complete part always has them).
     *
     * @return the part's counts; empty when its output was complete already and left alone
     */
    public Optional<PartSummary> scorePart(Location in, String name, Location out, String outName,
            Optional<String> summaryName) {
        if (completeAlready(out, outName)) {
            return Optional.empty();
        }
        listener.partStarted(in.uri(name), in.size(name));
        Instant startedAt = clock.instant();
        return Optional.of(writePart(out, outName, summaryName, name, in.uri(name), startedAt, lines -> {
            CountingInput bytes = new CountingInput(in.open(name));
            try (RowReader rows = RowReaders.open(bytes, in.uri(name), options.format(), options.columns())) {
                return scorer.score(rows, lines, done -> listener.progress(done, bytes.count()));
            }
        }));
    }

    /**
     * Rows read elsewhere (a batch of one large file's rows, {@link RecordRows}) into {@code out} under
     * {@code outName}, with their counts under {@code summaryName}: a part like any other, so reruns
     * skip it when complete and {@link #summarise} counts it.
     *
     * @param source what the rows are, for the part's record (e.g. the file's URI)
     * @return the part's counts; empty when its output was complete already and left alone
     */
    public Optional<PartSummary> scoreRows(RowReader rows, String source, Location out, String outName,
            String summaryName) {
        try (rows) {
            if (completeAlready(out, outName)) {
                return Optional.empty();
            }
            Instant startedAt = clock.instant();
            return Optional.of(writePart(out, outName, Optional.of(summaryName), outName, source, startedAt,
                    lines -> scorer.score(rows, lines, done -> listener.progress(done, 0))));
        }
    }

    private boolean completeAlready(Location out, String outName) {
        if (options.overwrite() || !out.exists(outName)) {
            return false;
        }
        listener.partSkipped(out.uri(outName));
        return true;
    }

    /** Scores rows into an output stream it is handed; the rows' source is opened and closed inside. */
    private interface PartScoring {
        RowCounts scoreInto(OutputStream lines) throws IOException;
    }

    /**
     * Writes a part under a temporary name (gzip when {@code outName} says so), its counts under
     * {@code summaryName} when given, then commits it: an interrupted part never looks complete.
     */
    private PartSummary writePart(Location out, String outName, Optional<String> summaryName, String partName,
            String source, Instant startedAt, PartScoring scoring) {
        try (Location.Pending pending = out.create(outName)) {
            RowCounts counts;
            try (OutputStream lines = PartNames.isGzipName(outName) ? new GZIPOutputStream(pending.stream(), 1 << 16)
                    : pending.stream()) {
                counts = scoring.scoreInto(lines);
            }
            PartSummary summary = new PartSummary(partName, source, out.uri(outName), model, counts.rows(),
                    counts.scored(), counts.errors(), startedAt, clock.instant());
            summaryName.ifPresent(name -> out.write(name, json(summary)));
            pending.commit();
            listener.partDone(summary);
            return summary;
        } catch (IOException e) {
            throw new ScoreException("cannot write " + out.uri(outName) + ": " + e.getMessage(), e);
        }
    }

    /** The summary of every complete part under {@code out}, written to {@value PartNames#SUMMARY} there. */
    public BacklogSummary summarise(Location out) {
        List<PartSummary> parts = new ArrayList<>();
        for (String name : out.list(PartNames.PART_SUMMARIES)) {
            out.read(name).map(bytes -> read(out.uri(name), bytes)).ifPresent(parts::add);
        }
        BacklogSummary summary = BacklogSummary.of(out.uri(""), model, parts);
        out.write(PartNames.SUMMARY, json(summary));
        return summary;
    }

    private static byte[] json(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PartSummary read(String uri, byte[] bytes) {
        try {
            return Json.mapper().readValue(bytes, PartSummary.class);
        } catch (IOException e) {
            throw new ScoreException("cannot read the part summary " + uri + ": " + e.getMessage(), e);
        }
    }
}
