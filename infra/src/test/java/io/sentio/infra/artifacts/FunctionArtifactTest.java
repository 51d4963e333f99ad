package io.sentio.infra.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionArtifactTest {

    @TempDir
    Path checkout;

    @Test
    void repoRootIsFoundFromInfraAndFromDeeperDirectories() throws IOException {
        fakeCheckout();
        Path deep = Files.createDirectories(checkout.resolve("infra/src/main"));
        assertThat(RepoRoot.locate(checkout.resolve("infra")).directory()).isEqualTo(checkout.toAbsolutePath().normalize());
        assertThat(RepoRoot.locate(deep).directory()).isEqualTo(checkout.toAbsolutePath().normalize());
        assertThat(RepoRoot.locate(checkout).directory()).isEqualTo(checkout.toAbsolutePath().normalize());
    }

    @Test
    void outsideTheRepositoryTheErrorSaysWhereToRunFrom() {
        assertThatThrownBy(() -> RepoRoot.locate(checkout))
                .isInstanceOf(MissingArtifactException.class)
                .hasMessageContaining("Cannot find the Sentio repository root")
                .hasMessageContaining(checkout.toString());
    }

    @Test
    void missingJarFailsWithOneMessageSayingToBuildTheFunctionModule() throws IOException {
        fakeCheckout();
        assertThatThrownBy(() -> FunctionArtifact.in(new RepoRoot(checkout)))
                .isInstanceOf(MissingArtifactException.class)
                .hasMessageContaining(checkout.resolve("function/target/function.jar").toString())
                .hasMessageContaining("Build the function module first")
                .hasMessageContaining("./mvnw -B -pl function -am package -DskipTests");
    }

    @Test
    void jarIsTakenFromFunctionTarget() throws IOException {
        fakeCheckout();
        Path jar = Files.createDirectories(checkout.resolve("function/target")).resolve("function.jar");
        Files.write(jar, new byte[] {0x50, 0x4b});
        assertThat(FunctionArtifact.in(new RepoRoot(checkout)).jar()).isEqualTo(jar.toAbsolutePath());
    }

    @Test
    void theRealCheckoutIsFoundFromTheTestWorkingDirectory() {
        RepoRoot root = RepoRoot.locate();
        assertThat(root.resolve("infra/cdk.json")).isRegularFile();
        assertThat(root.resolve("training/Dockerfile")).isRegularFile();
    }

    private void fakeCheckout() throws IOException {
        Files.writeString(checkout.resolve("mvnw"), "#!/bin/sh\n");
        Files.createDirectories(checkout.resolve("function"));
        Files.createDirectories(checkout.resolve("infra"));
    }
}
