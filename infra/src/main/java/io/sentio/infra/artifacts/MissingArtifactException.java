package io.sentio.infra.artifacts;

/** A build output of another module that the CDK app deploys is not there. */
public final class MissingArtifactException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    MissingArtifactException(String message) {
        super(message);
    }
}
