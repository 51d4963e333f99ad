package io.sentio.infra.rollout;

import io.sentio.infra.config.ContextValues;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awscdk.services.codedeploy.ILambdaDeploymentConfig;
import software.amazon.awscdk.services.codedeploy.LambdaDeploymentConfig;

/**
 * How a new function version replaces the one behind the {@code live} alias.
 *
 * @param deploymentConfig context {@code deploymentConfig}, default
 *     {@code CANARY_10PERCENT_5MINUTES}; {@code ALL_AT_ONCE} suits a development account
 */
public record RolloutConfig(String deploymentConfig) {

    public static final RolloutConfig DEFAULTS = new RolloutConfig("CANARY_10PERCENT_5MINUTES");

    private static final Map<String, ILambdaDeploymentConfig> CONFIGS = new TreeMap<>(Map.of(
            "ALL_AT_ONCE", LambdaDeploymentConfig.ALL_AT_ONCE,
            "CANARY_10PERCENT_5MINUTES", LambdaDeploymentConfig.CANARY_10_PERCENT_5_MINUTES,
            "CANARY_10PERCENT_10MINUTES", LambdaDeploymentConfig.CANARY_10_PERCENT_10_MINUTES,
            "CANARY_10PERCENT_15MINUTES", LambdaDeploymentConfig.CANARY_10_PERCENT_15_MINUTES,
            "CANARY_10PERCENT_30MINUTES", LambdaDeploymentConfig.CANARY_10_PERCENT_30_MINUTES,
            "LINEAR_10PERCENT_EVERY_1MINUTE", LambdaDeploymentConfig.LINEAR_10_PERCENT_EVERY_1_MINUTE,
            "LINEAR_10PERCENT_EVERY_2MINUTES", LambdaDeploymentConfig.LINEAR_10_PERCENT_EVERY_2_MINUTES,
            "LINEAR_10PERCENT_EVERY_3MINUTES", LambdaDeploymentConfig.LINEAR_10_PERCENT_EVERY_3_MINUTES,
            "LINEAR_10PERCENT_EVERY_10MINUTES", LambdaDeploymentConfig.LINEAR_10_PERCENT_EVERY_10_MINUTES));

    public static RolloutConfig from(ContextValues context) {
        return new RolloutConfig(context.oneOf("deploymentConfig", DEFAULTS.deploymentConfig(), CONFIGS.keySet()));
    }

    private static final Pattern CANARY = Pattern.compile("CANARY_10PERCENT_(\\d+)MINUTES");
    private static final Pattern LINEAR = Pattern.compile("LINEAR_10PERCENT_EVERY_(\\d+)MINUTES?");

    ILambdaDeploymentConfig lambdaDeploymentConfig() {
        return CONFIGS.get(deploymentConfig);
    }

    /** How long shifting the alias takes when nothing goes wrong: the canary's wait, or ten linear steps. */
    public int shiftMinutes() {
        Matcher canary = CANARY.matcher(deploymentConfig);
        if (canary.matches()) {
            return Integer.parseInt(canary.group(1));
        }
        Matcher linear = LINEAR.matcher(deploymentConfig);
        if (linear.matches()) {
            return 10 * Integer.parseInt(linear.group(1));
        }
        return 0;
    }
}
