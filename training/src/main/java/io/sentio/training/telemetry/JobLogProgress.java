package io.sentio.training.telemetry;

import io.sentio.training.progress.Progress;
import java.time.Clock;
import java.util.Map;

/**
 * Progress as {@link JobLog} lines, for jobs whose stderr is read by a machine: a line when a
 * step starts, at every tenth of a step of known size, and when it ends with its duration.
 */
public final class JobLogProgress implements Progress {
    private final JobLog log;
    private final Clock clock;

    public JobLogProgress(JobLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public Task start(String name, long total) {
        log.debug(name + " started", JobLog.fields("step", name, "total", total));
        long started = clock.millis();
        return new Task() {
            private int lastDecile;

            @Override
            public void advanceTo(long newDone) {
                if (total > 0 && 10 * newDone / total > lastDecile && newDone < total) {
                    lastDecile = (int) (10 * newDone / total);
                    log.info(name, JobLog.fields("step", name, "done", newDone, "total", total));
                }
            }

            @Override
            public void close() {
                log.info(name + " done", JobLog.fields("step", name, "seconds", (clock.millis() - started) / 1000.0,
                        "total", total > 0 ? total : null));
            }
        };
    }

    @Override
    public void info(String message) {
        log.info(message, Map.of());
    }

    @Override
    public void detail(String message) {
        log.debug(message, Map.of());
    }
}
