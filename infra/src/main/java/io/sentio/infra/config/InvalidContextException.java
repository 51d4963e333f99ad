package io.sentio.infra.config;

/** A CDK context value ({@code -c key=value} or {@code cdk.json}) that cannot be used. */
public final class InvalidContextException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidContextException(String key, Object value, String expectation) {
        super("context value '%s' must be %s, got '%s' (set it with: cdk synth -c %s=...)"
                .formatted(key, expectation, value, key));
    }
}
