package io.sentio.training.telemetry;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Standard error redirected to a stream of the caller's while work runs: the log4j2 appender
 * follows System.err, so this is where the JSON log lines of the work land, as a Batch job's log
 * driver would see them.
 */
public final class CapturedStderr {

    private CapturedStderr() {
    }

    /** Runs {@code work} with System.err writing to {@code err}; restores it afterwards. */
    public static synchronized <T> T into(PrintStream err, Function<PrintStream, T> work) {
        PrintStream original = System.err;
        System.setErr(err);
        try {
            return work.apply(err);
        } finally {
            err.flush();
            System.setErr(original);
        }
    }

    /** What {@code work} wrote to System.err, including every log line. */
    public static String during(Runnable work) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        into(new PrintStream(buffer, true, StandardCharsets.UTF_8), err -> {
            work.run();
            return null;
        });
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
