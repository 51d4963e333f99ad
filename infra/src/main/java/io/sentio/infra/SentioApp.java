package io.sentio.infra;

import io.sentio.infra.artifacts.MissingArtifactException;
import io.sentio.infra.artifacts.RepoRoot;
import io.sentio.infra.config.InvalidContextException;
import software.amazon.awscdk.App;

/**
 * The CDK app ({@code cdk.json} runs it through {@code exec:java}). Configuration comes from CDK
 * context ({@code -c key=value}); see docs/DEPLOY.md.
 */
public final class SentioApp {

    private SentioApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        try {
            SentioStacks.addTo(app, RepoRoot.locate());
        } catch (MissingArtifactException | InvalidContextException e) {
            System.err.println("sentio-infra: " + e.getMessage());
            System.exit(2);
        }
        app.synth();
    }
}
