package io.sentio.training.cli;

import io.sentio.training.progress.ConsoleProgress;
import io.sentio.training.progress.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** Options every subcommand shares. */
final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE.yaml",
            description = "Read option values from a YAML file (keys are option names without dashes); flags override it.")
    Path config;

    @Option(names = {"-v", "--verbose"}, description = "More detail (per-epoch loss, tuning trials, stack traces).")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Only results and errors: no progress.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for feature extraction, tuning and evaluation (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    Progress progress(java.io.PrintStream err) {
        if (quiet) {
            return Progress.silent();
        }
        // A bar only on an interactive terminal; Batch, CI and pipes get plain log lines.
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return new ConsoleProgress(err, terminal, verbose, Clock.systemUTC());
    }

    /** Runs the command's work on a pool of --threads workers, shut down however the work ends. */
    <T> T withPool(Function<ForkJoinPool, T> work) {
        if (threads < 1) {
            throw new CliException("--threads must be at least 1, was " + threads);
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return work.apply(pool);
        } finally {
            pool.shutdownNow();
        }
    }
}
