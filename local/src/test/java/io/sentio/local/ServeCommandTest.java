package io.sentio.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.model.BundleDirectory;
import io.sentio.function.testing.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s refusals: a clear line and an exit code, never a stack trace. */
class ServeCommandTest {
    @TempDir
    static Path dir;
    private static Path bundle;

    @BeforeAll
    static void writeBundle() throws IOException {
        bundle = dir.resolve("bundle");
        BundleDirectory.write(Fixtures.bundle(), bundle);
    }

    @Test
    void rejectsAThreadCountBelowOneBeforeLoadingTheModel() {
        CommandRun run = CommandRun.of("serve", "--model", dir.resolve("not-loaded").toString(), "--threads", "0");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.stderr()).isEqualToIgnoringNewLines("serve: --threads must be at least 1, was 0");
    }

    @Test
    void rejectsAPortOutOfRange() {
        CommandRun run = CommandRun.of("serve", "--model", bundle.toString(), "--port", "70000");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.stderr()).contains("--port must be between 0 and 65535, was 70000");
    }

    @Test
    void aPortInUseIsOneClearLineNotAStackTrace() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandRun run = CommandRun.of("serve", "--model", bundle.toString(),
                    "--port", Integer.toString(taken.getLocalPort()));

            assertThat(run.code()).isEqualTo(1);
            assertThat(run.stderr()).startsWith("serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ")
                    .contains("--port").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aModelThatCannotLoadIsOneClearLine() {
        CommandRun run = CommandRun.of("serve", "--model", dir.resolve("nothing").toString(), "--port", "0");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.stderr()).contains("serve: cannot load model MODEL_URI=").doesNotContain("\tat ");
    }
}
