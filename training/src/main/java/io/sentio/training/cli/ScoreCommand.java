package io.sentio.training.cli;

import io.sentio.core.model.Classifier;
import io.sentio.core.score.Backlog;
import io.sentio.core.score.BacklogSummary;
import io.sentio.core.score.Columns;
import io.sentio.core.score.InputFormat;
import io.sentio.core.score.Locations;
import io.sentio.core.score.PartNames;
import io.sentio.core.score.PartSummary;
import io.sentio.core.score.ScoreOptions;
import io.sentio.core.store.S3Clients;
import io.sentio.training.progress.Progress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "score", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Score an unlabelled backlog: one JSON line per input row, in input order.",
                "A file gives one output file (gzip when its name ends in .gz); a directory or S3 prefix gives one "
                        + "output part per input part plus " + PartNames.SUMMARY + ". Parts already complete are "
                        + "skipped unless --overwrite."})
final class ScoreCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "URI",
            description = "Bundle directory or STORE_URI@ALIAS_OR_VERSION (default: models/reviews).")
    String model;

    @Option(names = "--data", required = true, paramLabel = "PATH|s3://…",
            description = "CSV, JSONL or plain text (one text per line), gzip or not: a file, a directory or an "
                    + "S3 prefix of parts.")
    String data;

    @Option(names = "--out", required = true, paramLabel = "PATH|s3://…",
            description = "Output file (JSON Lines; gzip when it ends in .gz), or a directory / prefix (ending in '/').")
    String out;

    @Option(names = "--text-column", paramLabel = "NAME",
            description = "Column (CSV) or field (JSONL) holding the text; repeat to join several. Default: "
                    + "recognised as train recognises it (Title + Review Text, ReviewTitle + ReviewBody, review, "
                    + "text).")
    List<String> textColumns = new ArrayList<>();

    @Option(names = "--id-column", paramLabel = "NAME",
            description = "Column or field copied to each output line's id (default: 'id' when present, else the "
                    + "row number in its part).")
    String idColumn;

    @Option(names = "--format", paramLabel = "csv|jsonl|text",
            description = "Input format, for every part (default: from the name, then the content).")
    String format;

    @Option(names = "--max-chars", paramLabel = "N",
            description = "Longer texts are error rows (too_long) (default: ${DEFAULT-VALUE}).")
    int maxChars = ScoreOptions.DEFAULT_MAX_CHARS;

    @Option(names = "--overwrite", description = "Score parts again even when their output is complete.")
    boolean overwrite;

    @Mixin
    CommonOptions common;

    @ParentCommand
    SentioCli root;

    @Override
    public Integer call() {
        ScoreOptions options = options();
        Locations locations = new Locations(() -> S3Clients.create(root.env()));
        Locations.requireApart(data, out);
        Locations.Input input = locations.input(data);
        Locations.Output output = locations.output(out, input.prefix());
        Classifier classifier = new Classifier(root.stores()
                .fetch(model == null ? root.defaults().model() : model).open());
        Progress progress = common.progress(root.err());
        BacklogSummary thisRun = common.withPool(pool -> {
            Backlog backlog = new Backlog(classifier, options, pool, common.threads, Clock.systemUTC(),
                    new ProgressListener(progress));
            if (output.prefix()) {
                Backlog.Run run = backlog.scoreAll(input.location(), input.parts(), output.location());
                progress.info(run.scored().size() + " part(s) scored, " + run.skipped().size()
                        + " already complete; summary: " + output.location().uri(PartNames.SUMMARY));
                return run.thisRun();
            }
            long started = System.nanoTime();
            Optional<PartSummary> part = backlog.scorePart(input.location(), input.parts().get(0),
                    output.location(), output.name(), Optional.empty());
            double seconds = (System.nanoTime() - started) / 1e9;
            return new BacklogSummary(output.location().uri(output.name()), backlog.model(), List.of(),
                    part.isPresent() ? 1 : 0, part.map(PartSummary::rows).orElse(0L),
                    part.map(PartSummary::scored).orElse(0L), part.map(PartSummary::errors).orElse(java.util.Map.of()),
                    part.map(PartSummary::startedAt), part.map(PartSummary::finishedAt), seconds,
                    seconds > 0 ? part.map(PartSummary::rows).orElse(0L) / seconds : 0);
        });
        root.out().println(summaryLine(thisRun));
        return SentioCli.OK;
    }

    private ScoreOptions options() {
        Optional<InputFormat> forced;
        try {
            forced = Optional.ofNullable(format).map(InputFormat::parse);
        } catch (IllegalArgumentException e) {
            throw new CliException("--format: " + e.getMessage());
        }
        if (maxChars < 1) {
            throw new CliException("--max-chars must be at least 1, was " + maxChars);
        }
        return new ScoreOptions(forced, new Columns(textColumns, Optional.ofNullable(idColumn)), maxChars, overwrite);
    }

    /** The last line: rows, scored, errors by reason, throughput; the model that scored them. */
    static String summaryLine(BacklogSummary s) {
        StringBuilder line = new StringBuilder(String.format("rows %,d, scored %,d, errors %,d",
                s.rows(), s.scored(), s.rows() - s.scored()));
        if (!s.errors().isEmpty()) {
            List<String> reasons = new ArrayList<>();
            s.errors().forEach((reason, n) -> reasons.add(reason + " " + String.format("%,d", n)));
            line.append(" (").append(String.join(", ", reasons)).append(')');
        }
        line.append(String.format(" in %.1f s, %,.0f texts/s; model %s version %s (sha256 %s)", s.seconds(),
                s.textsPerSecond(), s.model().name(), s.model().version(), s.model().sha256()));
        return line.toString();
    }

    /**
     * A bar per part, by bytes read against the part's size (its rows are not known before the end);
     * plain log lines every 10 % off a terminal, and one line per finished part.
     */
    private static final class ProgressListener implements Backlog.Listener {
        private final Progress progress;
        private Progress.Task task;

        ProgressListener(Progress progress) {
            this.progress = progress;
        }

        @Override
        public void partStarted(String input, long bytes) {
            progress.detail("scoring " + input);
            task = progress.start("scoring " + shortName(input), bytes);
        }

        @Override
        public void progress(long rowsInPart, long bytesRead) {
            task.advanceTo(bytesRead);
        }

        @Override
        public void partSkipped(String output) {
            progress.info("skipped (already complete): " + output);
        }

        @Override
        public void partDone(PartSummary summary) {
            task.close();
            progress.info(String.format("%s: %,d rows, %,d scored in %.1f s -> %s", summary.input(), summary.rows(),
                    summary.scored(), summary.seconds(), summary.output()));
        }

        private static String shortName(String uri) {
            return uri.substring(uri.lastIndexOf('/') + 1);
        }
    }
}
