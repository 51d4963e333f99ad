package io.sentio.training.cli;

import io.sentio.training.telemetry.CapturedStderr;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs the CLI in-process with its own streams and environment, as a user would from a shell; its
 * stderr also receives the log lines (the log4j2 appender follows System.err).
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun withInput(Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CapturedStderr.into(new PrintStream(err, true, StandardCharsets.UTF_8),
                stderr -> SentioCli.execute(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                        new PrintStream(out, true, StandardCharsets.UTF_8), stderr, args));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CliRun run(Map<String, String> env, String... args) {
        return withInput(env, "", args);
    }
}
