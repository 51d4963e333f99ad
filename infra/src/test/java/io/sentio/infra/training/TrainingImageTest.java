package io.sentio.infra.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.infra.artifacts.RepoRoot;
import io.sentio.infra.artifacts.TrainingImage;
import io.sentio.infra.support.SynthesizedApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * There is no Docker engine where these tests run, so the image is checked as far as synthesis
 * goes: the staged build context and the Dockerfile that {@code cdk deploy} will hand to Docker.
 */
class TrainingImageTest {

    private static JsonNode imageAsset;
    private static Path context;
    private static List<String> dockerfile;

    @BeforeAll
    static void synthesize() throws IOException {
        SynthesizedApp app = SynthesizedApp.defaults();
        Path assets = app.assemblyDirectory().resolve(app.stacks().training().getArtifactId() + ".assets.json");
        JsonNode images = new ObjectMapper().readTree(assets.toFile()).get("dockerImages");
        assertThat(images).hasSize(1);
        imageAsset = images.elements().next().get("source");
        context = app.assemblyDirectory().resolve(imageAsset.get("directory").asText());
        dockerfile = Files.readAllLines(RepoRoot.locate().resolve(TrainingImage.DOCKERFILE));
    }

    @Test
    void imageIsBuiltAtDeployTimeFromTheRepositoryRootWithTheTrainingDockerfile() {
        assertThat(imageAsset.get("dockerFile").asText()).isEqualTo("training/Dockerfile");
        assertThat(imageAsset.get("platform").asText()).isEqualTo("linux/amd64");
    }

    @Test
    void buildContextHoldsWhatTheMavenBuildNeeds() {
        assertThat(context.resolve("pom.xml")).isRegularFile();
        assertThat(context.resolve("mvnw")).isRegularFile();
        assertThat(context.resolve(".mvn/wrapper/maven-wrapper.properties")).isRegularFile();
        for (String module : List.of("core", "training", "function", "infra")) {
            assertThat(context.resolve(module + "/pom.xml")).isRegularFile();
        }
        assertThat(context.resolve("training/Dockerfile")).isRegularFile();
        assertThat(context.resolve("training/docker-entrypoint.sh")).isRegularFile();
    }

    @Test
    void buildContextLeavesOutBuildOutputsAndTooling() throws IOException {
        try (Stream<Path> files = Files.walk(context)) {
            assertThat(files.map(context::relativize).map(Path::toString))
                    .noneMatch(path -> path.startsWith(".git"))
                    .noneMatch(path -> path.contains("target"))
                    .noneMatch(path -> path.contains("node_modules"))
                    .noneMatch(path -> path.contains("cdk.out"))
                    .noneMatch(path -> path.startsWith("function/src"))
                    .noneMatch(path -> path.startsWith("infra/src"));
        }
    }

    @Test
    void everyFileTheDockerfileCopiesIsInTheContext() {
        List<String> sources = dockerfile.stream()
                .map(String::strip)
                .filter(line -> line.startsWith("COPY ") && !line.contains("--from="))
                .map(line -> line.replaceAll("--\\S+", "").strip().split("\\s+"))
                .map(parts -> parts[1])
                .toList();
        assertThat(sources).contains(".", "training/docker-entrypoint.sh");
        assertThat(sources).allSatisfy(source -> assertThat(context.resolve(source)).exists());
    }

    @Test
    void firstStageBuildsTheTrainingModuleAndSecondStageRunsItOnAJre() {
        assertThat(dockerfile).anyMatch(line -> line.matches("FROM eclipse-temurin:17-jdk AS build"));
        assertThat(String.join("\n", dockerfile)).contains("./mvnw -B -pl training -am package -DskipTests");
        assertThat(dockerfile).filteredOn(line -> line.startsWith("FROM ")).last()
                .isEqualTo("FROM eclipse-temurin:17-jre");
        assertThat(dockerfile)
                .contains("COPY --from=build /src/training/target/training.jar /app/training.jar")
                .contains("ENTRYPOINT [\"/app/docker-entrypoint.sh\"]")
                .anyMatch(line -> line.startsWith("USER ") && !line.contains("root"));
    }
}
