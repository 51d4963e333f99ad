package io.sentio.infra.artifacts;

import java.util.List;
import software.amazon.awscdk.IgnoreMode;
import software.amazon.awscdk.services.ecr.assets.Platform;
import software.amazon.awscdk.services.ecs.AssetImageProps;
import software.amazon.awscdk.services.ecs.ContainerImage;

/**
 * The training container image, built by {@code cdk deploy} (never by synthesis) from
 * {@code training/Dockerfile} with the repository root as the build context.
 *
 * <p>The context is narrowed to what {@code ./mvnw -pl training -am package} needs, so build
 * outputs, node_modules, cdk.out and .git neither bloat the upload nor change the image hash.
 * Every module's pom.xml is kept because Maven reads the whole reactor even with {@code -pl}.
 */
public final class TrainingImage {

    public static final String DOCKERFILE = "training/Dockerfile";

    /** Docker-ignore patterns: exclude everything, then re-include the build inputs. */
    public static final List<String> CONTEXT_EXCLUDES = List.of(
            "**",
            "!pom.xml",
            "!mvnw",
            "!.mvn/**",
            "!*/pom.xml",
            "!contract/src/**",
            "!core/src/**",
            "!training/src/**",
            "!training/Dockerfile",
            "!training/docker-entrypoint.sh");

    private TrainingImage() {
    }

    public static ContainerImage from(RepoRoot root) {
        return ContainerImage.fromAsset(root.directory().toString(), AssetImageProps.builder()
                .file(DOCKERFILE)
                .ignoreMode(IgnoreMode.DOCKER)
                .exclude(CONTEXT_EXCLUDES)
                .platform(Platform.LINUX_AMD64)
                .build());
    }
}
