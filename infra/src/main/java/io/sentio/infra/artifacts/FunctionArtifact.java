package io.sentio.infra.artifacts;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shaded Lambda jar built by the function module. The app deploys whatever is at
 * {@code function/target/function.jar}; it never builds it.
 */
public record FunctionArtifact(Path jar) {

    public static final String RELATIVE_PATH = "function/target/function.jar";
    public static final String HANDLER = "io.sentio.function.ApiHandler::handleRequest";
    public static final String BUILD_COMMAND = "./mvnw -B -pl function -am package -DskipTests";

    public static FunctionArtifact in(RepoRoot root) {
        Path jar = root.resolve(RELATIVE_PATH);
        if (!Files.isRegularFile(jar)) {
            throw new MissingArtifactException("The Lambda artifact " + jar + " does not exist. "
                    + "Build the function module first, from " + root.directory() + ": " + BUILD_COMMAND
                    + " (scripts/synth and scripts/deploy do this for you).");
        }
        return new FunctionArtifact(jar);
    }
}
