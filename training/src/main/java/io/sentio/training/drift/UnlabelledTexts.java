package io.sentio.training.drift;

import io.sentio.core.score.Columns;
import io.sentio.core.score.InputFormat;
import io.sentio.core.score.Locations;
import io.sentio.core.score.Row;
import io.sentio.core.score.RowReader;
import io.sentio.core.score.RowReaders;
import io.sentio.core.score.ScoreException;
import io.sentio.core.text.TextCleaner;
import io.sentio.training.data.LabelledText;
import io.sentio.training.data.SkipReasons;
import io.sentio.training.prepare.Review;
import io.sentio.training.prepare.ReviewCollector;
import io.sentio.training.prepare.SkipCounter;
import io.sentio.training.progress.Progress;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Texts without labels, read as {@code sentio score} reads a backlog: CSV, JSON Lines or one text
 * per line, gzip or not, from a file, a directory or an S3 prefix of parts. Each text is cleaned
 * and deduplicated as training cleans its texts, so the data is measured as the baseline was.
 */
final class UnlabelledTexts {
    private static final long REPORT_EVERY = 1000;

    private final Locations locations;
    private final Progress progress;

    UnlabelledTexts(Locations locations, Progress progress) {
        this.locations = locations;
        this.progress = progress;
    }

    /**
     * @param format  forced; empty to tell each part's format from its name, then its content
     * @param columns the text columns (CSV) or fields (JSONL); empty for the recognised ones
     * @param sample  0 to keep every text; else a seeded reservoir sample of this many, taken while
     *                reading, so a backlog of any size is held that many texts at a time
     * @throws ScoreException naming the input when it cannot be read, or holds no text
     */
    List<Review> read(String uri, Optional<InputFormat> format, Columns columns, SkipCounter skips, int sample,
            long seed) {
        Locations.Input input = locations.input(uri);
        progress.info("reading " + uri + " as unlabelled text" + (input.prefix() ? " (" + input.parts().size()
                + " parts)" : ""));
        // The label is a placeholder: the texts are observed as unlabelled, so it is never read.
        ReviewCollector collector = new ReviewCollector(new TextCleaner(), skips, new HashSet<>(), sample, seed);
        long rows = 0;
        try (Progress.Task task = progress.start("loading", 0)) {
            for (String part : input.parts()) {
                try (RowReader reader = RowReaders.open(input.location().open(part), input.location().uri(part),
                        format, columns)) {
                    for (Optional<Row> row = reader.next(); row.isPresent(); row = reader.next()) {
                        accept(row.get(), collector);
                        if (++rows % REPORT_EVERY == 0) {
                            task.advanceTo(rows);
                        }
                    }
                }
            }
        }
        if (collector.reviews().isEmpty()) {
            throw new ScoreException("no text to check in " + uri + " (" + rows + " rows read, skipped: "
                    + skips.asMap() + ")");
        }
        return collector.reviews();
    }

    private static void accept(Row row, ReviewCollector collector) {
        if (row.unreadable().isPresent()) {
            collector.skip(SkipReasons.MALFORMED_ROW);
        } else {
            collector.accept(LabelledText.of(row.text(), ""));
        }
    }
}
