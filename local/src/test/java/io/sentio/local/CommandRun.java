package io.sentio.local;

import io.sentio.function.testing.CapturedOutput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** {@code java -jar sentio-local.jar ARGS…} in this JVM: its exit code, stdout and stderr. */
record CommandRun(int code, String stdout, String stderr) {

    static CommandRun of(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            var captured = CapturedOutput.capture(() -> new CommandLine(new Main()).execute(args));
            return new CommandRun(captured.value(), captured.output().text(), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }
}
