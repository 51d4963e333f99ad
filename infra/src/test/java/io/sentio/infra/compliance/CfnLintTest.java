package io.sentio.infra.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sentio.infra.support.SynthesizedApp;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * cfn-lint over every synthesized template, when cfn-lint is installed (skipped otherwise).
 * W3005 (a DependsOn that a Ref already implies) is ignored: CDK emits those on purpose.
 */
class CfnLintTest {

    @Test
    void synthesizedTemplatesPassCfnLint() throws Exception {
        assumeTrue(onPath("cfn-lint"), "cfn-lint is not on PATH: skipping the template lint");
        List<String> command = new ArrayList<>(List.of("cfn-lint", "--ignore-checks", "W3005", "--"));
        Stream.of(SynthesizedApp.defaults(), SynthesizedApp.customised())
                .flatMap(app -> app.stacks().all().stream()
                        .map(app::templateFile))
                .map(Path::toString)
                .forEach(command::add);

        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("cfn-lint found:%n%s", output).isZero();
    }

    private static boolean onPath(String executable) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, executable))
                .anyMatch(Files::isExecutable);
    }
}
