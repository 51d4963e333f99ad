package io.sentio.local;

import java.util.Map;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/**
 * Makes a local run behave like the Lambda without Lambda's environment: EMF metrics go to
 * stdout (not to a CloudWatch agent socket, which would also keep the JVM alive) unless
 * AWS_EMF_ENVIRONMENT says otherwise.
 */
final class LocalEnvironment {
    private LocalEnvironment() {
    }

    static void configure(Map<String, String> env) {
        if (isBlank(env.get("AWS_EMF_ENVIRONMENT")) && isBlank(env.get("AWS_LAMBDA_FUNCTION_NAME"))) {
            EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
