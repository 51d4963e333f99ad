package io.sentio.training.job;

import io.sentio.core.text.TextCleaner;
import io.sentio.training.data.DataSource;
import io.sentio.training.data.DataSources;
import io.sentio.training.data.LabelledText;
import io.sentio.training.data.LoadOptions;
import io.sentio.training.data.ReadSummary;
import io.sentio.training.data.RowSink;
import io.sentio.training.prepare.ReviewCollector;
import io.sentio.training.prepare.SkipCounter;
import io.sentio.training.progress.Progress;
import java.util.Set;

/** Reads a data source into clean, deduplicated (optionally sampled) reviews, reporting progress. */
final class DataLoader {
    private static final long REPORT_EVERY = 1000;

    private final DataSources sources;
    private final Progress progress;
    private final TextCleaner cleaner = new TextCleaner();

    DataLoader(DataSources sources, Progress progress) {
        this.sources = sources;
        this.progress = progress;
    }

    /** @param seen fingerprints of texts taken already; texts found there are skipped as duplicates */
    LoadedData load(String location, LoadOptions options, SkipCounter skips, Set<Long> seen, int sample, long seed) {
        DataSource source = sources.open(location, options);
        progress.info("reading " + location + " as " + source.layout());
        ReviewCollector collector = new ReviewCollector(cleaner, skips, seen, sample, seed);
        ReadSummary summary;
        try (Progress.Task task = progress.start("loading", 0)) {
            summary = source.read(new CountingSink(collector, task));
        }
        return new LoadedData(collector.reviews(), source.layout(), source.format(), summary.sha256(),
                summary.rowsRead());
    }

    /** Rows of unknown total: the bar shows rows read so far. */
    private static final class CountingSink implements RowSink {
        private final RowSink next;
        private final Progress.Task task;
        private long rows;

        CountingSink(RowSink next, Progress.Task task) {
            this.next = next;
            this.task = task;
        }

        @Override
        public void accept(LabelledText row) {
            next.accept(row);
            tick();
        }

        @Override
        public void skip(String reason) {
            next.skip(reason);
            tick();
        }

        private void tick() {
            if (++rows % REPORT_EVERY == 0) {
                task.advanceTo(rows);
            }
        }
    }
}
