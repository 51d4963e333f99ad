package io.sentio.infra.rollout;

import io.sentio.infra.compliance.Nag;
import java.util.List;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.codedeploy.AutoRollbackConfig;
import software.amazon.awscdk.services.codedeploy.LambdaDeploymentGroup;
import software.amazon.awscdk.services.lambda.Alias;
import software.constructs.Construct;

/**
 * Moves the {@code live} alias to each newly published function version through CodeDeploy: by
 * default 10% of traffic for 5 minutes, then all of it. Any of the given alarms going off during
 * the shift, or a failed or stopped deployment, puts the alias back on the previous version.
 */
public final class CanaryRollout extends Construct {

    private final LambdaDeploymentGroup group;

    public CanaryRollout(Construct scope, String id, RolloutConfig config, Alias alias, List<IAlarm> rollbackAlarms) {
        super(scope, id);
        this.group = LambdaDeploymentGroup.Builder.create(this, "DeploymentGroup")
                .alias(alias)
                .deploymentConfig(config.lambdaDeploymentConfig())
                .alarms(rollbackAlarms)
                .autoRollback(AutoRollbackConfig.builder()
                        .failedDeployment(true)
                        .stoppedDeployment(true)
                        .deploymentInAlarm(true)
                        .build())
                .build();
        Nag.suppress(group, "AwsSolutions-IAM4",
                "AWSCodeDeployRoleForLambdaLimited is the AWS-maintained, scoped role policy for CodeDeploy's "
                        + "Lambda traffic shifting (get/update alias, read alarms).",
                "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited");
    }

    public LambdaDeploymentGroup deploymentGroup() {
        return group;
    }
}
