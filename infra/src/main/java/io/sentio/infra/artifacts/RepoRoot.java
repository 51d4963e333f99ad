package io.sentio.infra.artifacts;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository checkout the app deploys from. Found by walking up from a start directory (the
 * CDK CLI runs the app in {@code infra/}, Maven runs the tests there, scripts run from the root)
 * to the first directory holding {@code mvnw}, {@code function/} and {@code infra/}.
 */
public record RepoRoot(Path directory) {

    public RepoRoot {
        directory = directory.toAbsolutePath().normalize();
    }

    /** From the process's working directory. */
    public static RepoRoot locate() {
        return locate(Path.of(""));
    }

    public static RepoRoot locate(Path start) {
        Path absoluteStart = start.toAbsolutePath().normalize();
        for (Path dir = absoluteStart; dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return new RepoRoot(dir);
            }
        }
        throw new MissingArtifactException("Cannot find the Sentio repository root (a directory with mvnw, "
                + "function/ and infra/) at or above " + absoluteStart + ". Run the CDK app from the repository.");
    }

    private static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("mvnw"))
                && Files.isDirectory(dir.resolve("function"))
                && Files.isDirectory(dir.resolve("infra"));
    }

    public Path resolve(String relative) {
        return directory.resolve(relative);
    }
}
