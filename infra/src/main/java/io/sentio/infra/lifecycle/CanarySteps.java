package io.sentio.infra.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.services.stepfunctions.CatchProps;
import software.amazon.awscdk.services.stepfunctions.Choice;
import software.amazon.awscdk.services.stepfunctions.Condition;
import software.amazon.awscdk.services.stepfunctions.Errors;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.Pass;
import software.amazon.awscdk.services.stepfunctions.State;
import software.amazon.awscdk.services.stepfunctions.Succeed;
import software.amazon.awscdk.services.stepfunctions.tasks.CallAwsService;
import software.constructs.Construct;

/**
 * The last part: shift the function's alias from the version it serves now to the new one through
 * the same CodeDeploy group (canary, rollback alarms) that guards deployments of new code, and wait
 * for the verdict. A deployment that fails or is stopped — by an alarm, too — has already put the
 * alias back when the state machine sees it; one that takes too long is stopped with rollback.
 */
final class CanarySteps {

    private final State start;

    CanarySteps(Construct scope, FunctionCalls function, DeploymentCalls deployments, Timeouts timeouts,
            Failures failures) {
        CallAwsService readAlias = function.getAlias("ReadLiveAlias",
                Map.of("version", JsonPath.stringAt("$.FunctionVersion")), "$.live");
        failures.guard(readAlias);
        Pass appSpec = Pass.Builder.create(scope, "BuildAppSpec")
                .parameters(appSpec(function))
                .resultPath("$.appspec")
                .build();
        CallAwsService deploy = deployments.create("StartCanary", new TreeMap<>(Map.of(
                "ApplicationName", deployments.applicationName(),
                "DeploymentGroupName", deployments.groupName(),
                "Description", JsonPath.format("Sentio model {} (lifecycle {})",
                        JsonPath.stringAt("$.rollout.modelUri"), JsonPath.getExecutionName()),
                "Revision", new TreeMap<>(Map.of(
                        "RevisionType", "AppSpecContent",
                        "AppSpecContent", Map.of("Content", JsonPath.jsonToString(JsonPath.objectAt("$.appspec"))))))),
                Map.of("id", JsonPath.stringAt("$.DeploymentId")), "$.deployment");
        failures.guard(deploy);
        deploy.next(canary(scope, deployments, timeouts, failures));

        this.start = readAlias;
        readAlias.next(Choice.Builder.create(scope, "IsVersionNew").build()
                .when(Condition.stringEqualsJsonPath("$.live.version", "$.published.version"),
                        Succeed.Builder.create(scope, "AlreadyServing")
                                .comment("The live alias already points at this version").build())
                .otherwise(appSpec.next(deploy)));
    }

    State start() {
        return start;
    }

    /** A Lambda AppSpec: move {@code live} from the version it serves now to the published one. */
    private static Map<String, Object> appSpec(FunctionCalls function) {
        return new TreeMap<>(Map.of(
                "version", "0.0",
                "Resources", List.of(Map.of("PredictionFunction", new TreeMap<>(Map.of(
                        "Type", "AWS::Lambda::Function",
                        "Properties", new TreeMap<>(Map.of(
                                "Name", function.functionName(),
                                "Alias", function.aliasName(),
                                "CurrentVersion", JsonPath.stringAt("$.live.version"),
                                "TargetVersion", JsonPath.stringAt("$.published.version")))))))));
    }

    private static State canary(Construct scope, DeploymentCalls deployments, Timeouts timeouts, Failures failures) {
        String status = PollLoop.result("status");
        Map<String, Object> deployment = Map.of("DeploymentId", JsonPath.stringAt("$.deployment.id"));
        IChainable timedOut = failures.rejecting("CanaryTimedOut", "CanaryTimedOut",
                "The deployment did not finish in time and was stopped with rollback");
        CallAwsService stop = deployments.stop("StopCanary", new TreeMap<>(Map.of(
                "DeploymentId", JsonPath.stringAt("$.deployment.id"),
                "AutoRollbackEnabled", true)), JsonPath.DISCARD);
        stop.addCatch(timedOut, CatchProps.builder().errors(List.of(Errors.ALL)).resultPath("$.stopError").build());
        stop.next(timedOut);
        return new PollLoop(scope, "Canary", Timeouts.CANARY_POLL, timeouts.canaryChecks(),
                deployments.get("GetCanaryStatus", deployment,
                        Map.of("status", JsonPath.stringAt("$.DeploymentInfo.Status")), PollLoop.RESULT),
                failures)
                .when(Condition.stringEquals(status, "Succeeded"), Pass.Builder.create(scope, "Summarize")
                        .parameters(new TreeMap<>(Map.of(
                                "modelUri", JsonPath.stringAt("$.rollout.modelUri"),
                                "functionVersion", JsonPath.stringAt("$.published.version"),
                                "previousVersion", JsonPath.stringAt("$.live.version"),
                                "deploymentId", JsonPath.stringAt("$.deployment.id"))))
                        .build()
                        .next(Succeed.Builder.create(scope, "RolledOut").build()))
                .when(Condition.or(Condition.stringEquals(status, "Failed"), Condition.stringEquals(status, "Stopped")),
                        failures.rejecting("CanaryRolledBack", "CanaryRolledBack",
                                "CodeDeploy rolled the live alias back to the previous version (an alarm fired, or the "
                                        + "deployment failed or was stopped). If this execution's retrain promoted the model, the "
                                        + "store's alias was rolled back too unless moved since ($.storeRollback, "
                                        + "docs/LIFECYCLE.md)."))
                .orAfterLimit(stop);
    }
}
