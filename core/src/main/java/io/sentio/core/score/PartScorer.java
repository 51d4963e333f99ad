package io.sentio.core.score;

import com.fasterxml.jackson.core.JsonGenerator;
import io.sentio.core.model.Classifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/**
 * Scores the rows of one part on a pool and writes one line per row, in input order. The calling
 * thread reads rows into batches, hands each batch to the pool (classify and render it to bytes) and
 * writes finished batches in order; at most {@link #inFlightBatches} batches are read ahead, so
 * memory stays bounded by the batch size however large the part is.
 */
public final class PartScorer {
    /** Rows per batch: large enough that handing a batch to a worker costs nothing next to scoring it. */
    static final int BATCH_ROWS = 256;
    /** Characters per batch, so a batch of very long texts stays small too. */
    static final int BATCH_CHARS = 1 << 20;

    private final Classifier classifier;
    private final ResultLines lines;
    private final int maxChars;
    private final Executor pool;
    private final int inFlightBatches;

    /** @param parallelism the pool's threads; twice as many batches (plus one) are kept in flight */
    public PartScorer(Classifier classifier, int maxChars, Executor pool, int parallelism) {
        this.classifier = classifier;
        this.lines = new ResultLines(classifier.manifest().decision().task());
        this.maxChars = maxChars;
        this.pool = pool;
        this.inFlightBatches = 2 * Math.max(1, parallelism) + 1;
    }

    /**
     * @param progress called on this thread with the rows written so far, after each batch
     * @return the part's counts; every row read is counted once, as scored or as an error
     */
    public RowCounts score(RowReader rows, OutputStream out, LongConsumer progress) {
        RowCounts total = new RowCounts();
        ArrayDeque<CompletableFuture<Batch>> inFlight = new ArrayDeque<>();
        try {
            for (List<Row> batch = nextBatch(rows); !batch.isEmpty(); batch = nextBatch(rows)) {
                if (inFlight.size() >= inFlightBatches) {
                    writeFirst(inFlight, out, total, progress);
                }
                List<Row> work = batch;
                inFlight.add(CompletableFuture.supplyAsync(() -> render(work), pool));
            }
            while (!inFlight.isEmpty()) {
                writeFirst(inFlight, out, total, progress);
            }
            return total;
        } finally {
            inFlight.forEach(f -> f.cancel(false));
        }
    }

    private void writeFirst(ArrayDeque<CompletableFuture<Batch>> inFlight, OutputStream out, RowCounts total,
            LongConsumer progress) {
        Batch done = join(inFlight.removeFirst());
        try {
            done.bytes().writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results: " + e.getMessage(), e);
        }
        total.add(done.counts());
        progress.accept(total.rows());
    }

    private List<Row> nextBatch(RowReader rows) {
        List<Row> batch = new ArrayList<>(BATCH_ROWS);
        long chars = 0;
        while (batch.size() < BATCH_ROWS && chars < BATCH_CHARS) {
            Optional<Row> row = rows.next();
            if (row.isEmpty()) {
                break;
            }
            batch.add(row.get());
            chars += row.get().text().length();
        }
        return batch;
    }

    private Batch render(List<Row> batch) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(batch.size() * 128);
        RowCounts counts = new RowCounts();
        try (JsonGenerator g = lines.open(bytes)) {
            for (Row row : batch) {
                Optional<RowError> error = row.unreadable().or(() -> check(row.text()));
                if (error.isPresent()) {
                    lines.error(g, row.id(), error.get());
                    counts.countError(error.get());
                } else {
                    lines.scored(g, row.id(), classifier.predict(row.text()));
                    counts.countScored();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Batch(bytes, counts);
    }

    private Optional<RowError> check(String text) {
        if (text.length() > maxChars) {
            return Optional.of(RowError.TOO_LONG);
        }
        return text.isBlank() ? Optional.of(RowError.EMPTY) : Optional.empty();
    }

    private static Batch join(CompletableFuture<Batch> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private record Batch(ByteArrayOutputStream bytes, RowCounts counts) {
    }
}
