package io.sentio.infra.lifecycle;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.codedeploy.ILambdaDeploymentGroup;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.stepfunctions.RetryProps;
import software.amazon.awscdk.services.stepfunctions.tasks.CallAwsService;
import software.constructs.Construct;

/**
 * Step Functions SDK calls on the CodeDeploy group that shifts the function's alias. Creating a
 * deployment needs the group, its deployment configuration and the application's revisions; reading
 * and stopping one need only the group.
 */
final class DeploymentCalls {

    private final Construct scope;
    private final ILambdaDeploymentGroup group;

    DeploymentCalls(Construct scope, ILambdaDeploymentGroup group) {
        this.scope = scope;
        this.group = group;
    }

    CallAwsService create(String id, Map<String, Object> parameters, Map<String, Object> selector, String resultPath) {
        return call(id, "createDeployment", "CreateDeployment", parameters, selector, resultPath, List.of(
                PolicyStatement.Builder.create()
                        .actions(List.of("codedeploy:GetDeploymentConfig"))
                        .resources(List.of(group.getDeploymentConfig().getDeploymentConfigArn()))
                        .build(),
                PolicyStatement.Builder.create()
                        .actions(List.of("codedeploy:RegisterApplicationRevision", "codedeploy:GetApplicationRevision"))
                        .resources(List.of(group.getApplication().getApplicationArn()))
                        .build()));
    }

    CallAwsService get(String id, Map<String, Object> parameters, Map<String, Object> selector, String resultPath) {
        return call(id, "getDeployment", "GetDeployment", parameters, selector, resultPath, List.of());
    }

    CallAwsService stop(String id, Map<String, Object> parameters, String resultPath) {
        return call(id, "stopDeployment", "StopDeployment", parameters, null, resultPath, List.of());
    }

    String applicationName() {
        return group.getApplication().getApplicationName();
    }

    String groupName() {
        return group.getDeploymentGroupName();
    }

    private CallAwsService call(String id, String action, String iamAction, Map<String, Object> parameters,
            Map<String, Object> selector, String resultPath, List<PolicyStatement> more) {
        CallAwsService.Builder builder = CallAwsService.Builder.create(scope, id)
                .service("codedeploy")
                .action(action)
                .iamAction("codedeploy:" + iamAction)
                .iamResources(List.of(group.getDeploymentGroupArn()))
                .additionalIamStatements(more)
                .parameters(parameters)
                .resultPath(resultPath);
        if (selector != null) {
            builder.resultSelector(selector);
        }
        CallAwsService task = builder.build();
        task.addRetry(RetryProps.builder()
                .errors(List.of("CodeDeploy.ThrottlingException"))
                .interval(Duration.seconds(5))
                .backoffRate(2)
                .maxAttempts(5)
                .build());
        return task;
    }
}
