package io.sentio.infra.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.contract.TrainingEnvironment;
import io.sentio.infra.artifacts.RepoRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs training/docker-entrypoint.sh with bash and a fake {@code java} that prints its arguments; the
 * variables are the contract's names, the ones the job definitions set.
 */
class TrainingEntrypointTest {

    private static final Path SCRIPT = RepoRoot.locate().resolve("training/docker-entrypoint.sh");

    @TempDir
    static Path bin;

    record Run(int exitCode, List<String> javaArgs, String stderr) {
    }

    @BeforeAll
    static void fakeJava() throws IOException {
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/usr/bin/env bash\nfor arg in \"$@\"; do printf '%s\\n' \"$arg\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void runsTheJarWithTheArgumentsUnchanged() throws Exception {
        Run run = run(Map.of(), "predict", "--model", "models/reviews", "--text", "a truly great film");
        assertThat(run.exitCode()).isZero();
        assertThat(run.javaArgs()).containsExactly(
                "-jar", "/app/training.jar", "predict", "--model", "models/reviews", "--text", "a truly great film");
    }

    @Test
    void javaOptsBecomeJvmFlagsAndTheJarCanBeMoved() throws Exception {
        Run run = run(Map.of("JAVA_OPTS", "-Xmx1g -XX:+UseSerialGC", "SENTIO_JAR", "/opt/cli.jar"), "train", "--help");
        assertThat(run.javaArgs()).containsExactly(
                "-Xmx1g", "-XX:+UseSerialGC", "-jar", "/opt/cli.jar", "train", "--help");
    }

    @Test
    void retrainTakesDataStoreAndAliasFromTheEnvironment() throws Exception {
        Run run = run(Map.of(
                TrainingEnvironment.DATA_URI, "s3://bucket/data/",
                TrainingEnvironment.STORE_URI, "s3://bucket/models/reviews",
                TrainingEnvironment.ALIAS, "live"), "retrain");
        assertThat(run.javaArgs()).containsExactly("-jar", "/app/training.jar", "retrain",
                "--data", "s3://bucket/data/", "--store", "s3://bucket/models/reviews", "--alias", "live");
    }

    @Test
    void explicitFlagsWinOverTheEnvironment() throws Exception {
        Run run = run(Map.of(TrainingEnvironment.DATA_URI, "s3://bucket/data/", TrainingEnvironment.STORE_URI, "s3://bucket/models/x"),
                "retrain", "--data=local/data.csv", "--store", "file:///tmp/store");
        assertThat(run.javaArgs()).containsExactly(
                "-jar", "/app/training.jar", "retrain", "--data=local/data.csv", "--store", "file:///tmp/store");
    }

    @Test
    void environmentOnlyAppliesToCommandsThatTakeTheFlag() throws Exception {
        Map<String, String> env = Map.of(TrainingEnvironment.DATA_URI, "s3://bucket/data/", TrainingEnvironment.STORE_URI, "s3://b/models/r");
        assertThat(run(env, "predict", "--text", "hi").javaArgs())
                .containsExactly("-jar", "/app/training.jar", "predict", "--text", "hi");
        assertThat(run(env, "publish", "--model", "models/r").javaArgs())
                .containsExactly("-jar", "/app/training.jar", "publish", "--model", "models/r", "--store", "s3://b/models/r");
        assertThat(run(env, "train").javaArgs())
                .containsExactly("-jar", "/app/training.jar", "train", "--data", "s3://bucket/data/");
    }

    @Test
    void theLifecyclesStoreRollbackRunsUnchangedInTheJobsEnvironment() throws Exception {
        // The job definition's environment (TrainingJobs) adds nothing to `models`: the command names everything.
        Map<String, String> env = Map.of(TrainingEnvironment.DATA_URI, "s3://bucket/data/", TrainingEnvironment.STORE_URI, "s3://b/models/r",
                TrainingEnvironment.ALIAS, "live");
        Run run = run(env, "models", "rollback", "--store", "s3://b/models/r", "--alias", "live",
                "--expect-version", "7", "--reason", "lifecycle execution e1 ended in CanaryRolledBack");
        assertThat(run.javaArgs()).containsExactly("-jar", "/app/training.jar", "models", "rollback",
                "--store", "s3://b/models/r", "--alias", "live", "--expect-version", "7",
                "--reason", "lifecycle execution e1 ended in CanaryRolledBack");
    }

    @Test
    void noArgumentsIsAClearErrorWithUsage() throws Exception {
        Run run = run(Map.of());
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.javaArgs()).isEmpty();
        assertThat(run.stderr()).contains("no command given").contains("usage:").contains("retrain");
    }

    private static Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("SENTIO_") || key.equals("JAVA_OPTS"));
        environment.put("PATH", bin + ":/usr/bin:/bin");
        environment.putAll(env);
        Process process = builder.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> javaArgs = stdout.isEmpty() ? List.of() : List.of(stdout.split("\n"));
        return new Run(process.exitValue(), javaArgs, stderr);
    }
}
