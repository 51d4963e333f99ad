package io.sentio.function.lifecycle;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Runs code with standard output discarded. Priming uses it: its requests go through the real
 * logging and EMF code (both write to {@code System.out}; the log4j2 console appender follows
 * {@code System.setOut}), but CloudWatch must not count synthetic predictions.
 */
final class QuietStdout {
    private QuietStdout() {
    }

    static synchronized <T> T run(Supplier<T> work) {
        PrintStream original = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), false));
        try {
            return work.get();
        } finally {
            System.setOut(original);
        }
    }
}
