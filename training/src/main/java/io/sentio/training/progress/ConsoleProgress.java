package io.sentio.training.progress;

import java.io.PrintStream;
import java.time.Clock;

/**
 * Progress on stderr. On a terminal, a bar redrawn in place; otherwise (CI, Batch, a pipe) a log
 * line every 10 %, because carriage returns make unreadable logs.
 */
public final class ConsoleProgress implements Progress {
    private static final int BAR_WIDTH = 30;
    private static final long COUNT_LOG_EVERY = 10_000;

    private final PrintStream err;
    private final boolean terminal;
    private final boolean verbose;
    private final Clock clock;

    public ConsoleProgress(PrintStream err, boolean terminal, boolean verbose, Clock clock) {
        this.err = err;
        this.terminal = terminal;
        this.verbose = verbose;
        this.clock = clock;
    }

    @Override
    public Task start(String name, long total) {
        return new ConsoleTask(name, total, clock.millis());
    }

    @Override
    public void info(String message) {
        err.println(message);
    }

    @Override
    public void detail(String message) {
        if (verbose) {
            err.println(message);
        }
    }

    private final class ConsoleTask implements Task {
        private final String name;
        /** 0 when the size is unknown (rows of a file being streamed): show a count, not a bar. */
        private final long total;
        private final long startMillis;
        private int lastDecile = -1;
        private long done;

        ConsoleTask(String name, long total, long startMillis) {
            this.name = name;
            this.total = Math.max(total, 0);
            this.startMillis = startMillis;
        }

        @Override
        public void advanceTo(long newDone) {
            if (total == 0) {
                count(newDone);
                return;
            }
            done = Math.min(newDone, total);
            int percent = (int) (100 * done / total);
            if (terminal) {
                int filled = BAR_WIDTH * percent / 100;
                err.printf("\r%-22s [%s%s] %3d%% %s", name, "#".repeat(filled), " ".repeat(BAR_WIDTH - filled),
                        percent, elapsed());
                err.flush();
            } else if (percent / 10 > lastDecile) {
                lastDecile = percent / 10;
                err.printf("%s: %d%% (%d/%d) %s%n", name, percent, done, total, elapsed());
            }
        }

        private void count(long newDone) {
            long previous = done;
            done = newDone;
            if (terminal) {
                err.printf("\r%-22s %,d %s", name, done, elapsed());
                err.flush();
            } else if (done / COUNT_LOG_EVERY > previous / COUNT_LOG_EVERY) {
                err.printf("%s: %,d %s%n", name, done, elapsed());
            }
        }

        @Override
        public void close() {
            if (total > 0 && done < total) {
                advanceTo(total);
            }
            if (terminal) {
                err.println();
            }
        }

        private String elapsed() {
            return String.format("%.1fs", (clock.millis() - startMillis) / 1000.0);
        }
    }
}
