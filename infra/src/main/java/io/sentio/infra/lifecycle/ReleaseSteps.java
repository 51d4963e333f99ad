package io.sentio.infra.lifecycle;

import io.sentio.contract.FunctionEnvironment;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.services.stepfunctions.CatchProps;
import software.amazon.awscdk.services.stepfunctions.Condition;
import software.amazon.awscdk.services.stepfunctions.Errors;
import software.amazon.awscdk.services.stepfunctions.Fail;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.Pass;
import software.amazon.awscdk.services.stepfunctions.State;
import software.amazon.awscdk.services.stepfunctions.tasks.CallAwsService;
import software.constructs.Construct;

/**
 * The second part: a function version that serves {@code $.rollout.modelUri}. Read the function's
 * configuration (kept at {@code $.function} for a restore), pin MODEL_URI to the exact model — merged
 * into the other environment variables, with the current revision so a concurrent change is not
 * overwritten — wait until the update is done, publish a version (SnapStart runs the init, which
 * loads the model, and snapshots it) and wait until that version is Active. The new version is at
 * {@code $.published.version}.
 */
final class ReleaseSteps {

    private final State start;

    ReleaseSteps(Construct scope, FunctionCalls function, Failures failures, IChainable next) {
        CallAwsService read = function.getConfiguration("ReadFunctionConfiguration", null, new TreeMap<>(Map.of(
                "environment", JsonPath.objectAt("$.Environment.Variables"),
                "description", JsonPath.stringAt("$.Description"),
                "revisionId", JsonPath.stringAt("$.RevisionId"))), "$.function");
        Pass pin = Pass.Builder.create(scope, "PinModelUri")
                .comment("The exact version, not an alias: the snapshot is reproducible and a rollback is exact")
                .parameters(Map.of(FunctionEnvironment.MODEL_URI, JsonPath.stringAt("$.rollout.modelUri")))
                .resultPath("$.pin")
                .build();
        CallAwsService update = function.updateConfiguration("UpdateFunctionConfiguration", new TreeMap<>(Map.of(
                "RevisionId", JsonPath.stringAt("$.function.revisionId"),
                "Description", JsonPath.format("Sentio prediction API handler, model {} (lifecycle {})",
                        JsonPath.stringAt("$.rollout.modelUri"), JsonPath.getExecutionName()),
                "Environment", Map.of("Variables", JsonPath.jsonMerge(
                        JsonPath.objectAt("$.function.environment"), JsonPath.objectAt("$.pin"))))));
        update.addCatch(Fail.Builder.create(scope, "ConfigurationNotUpdated").error("ConfigurationNotUpdated")
                        .causePath(Failures.PATH + ".Cause").build(),
                CatchProps.builder().errors(List.of(Errors.ALL)).resultPath(Failures.PATH).build());

        CallAwsService publish = function.publishVersion("PublishVersion",
                JsonPath.format("Sentio model {} (lifecycle {})",
                        JsonPath.stringAt("$.rollout.modelUri"), JsonPath.getExecutionName()),
                Map.of("version", JsonPath.stringAt("$.Version")), "$.published");
        failures.guard(publish);
        publish.next(versionReady(scope, function, failures, next));

        this.start = read;
        read.next(pin).next(update).next(configurationUpdated(scope, function, failures, publish));
    }

    State start() {
        return start;
    }

    private static State configurationUpdated(Construct scope, FunctionCalls function, Failures failures,
            IChainable next) {
        String status = PollLoop.result("status");
        return new PollLoop(scope, "ConfigurationUpdate", Timeouts.CONFIGURATION_POLL, Timeouts.CONFIGURATION_CHECKS,
                function.getConfiguration("GetConfigurationUpdateStatus", null,
                        Map.of("status", JsonPath.stringAt("$.LastUpdateStatus")), PollLoop.RESULT),
                failures)
                .when(Condition.stringEquals(status, "Successful"), next)
                .when(Condition.stringEquals(status, "Failed"), failures.because("ConfigurationUpdateFailed",
                        "ConfigurationUpdateFailed", "Lambda could not apply the new MODEL_URI (LastUpdateStatus Failed)"))
                .orAfterLimit(failures.because("ConfigurationUpdateTimedOut", "ConfigurationUpdateTimedOut",
                        "The configuration update did not finish in time"));
    }

    private static State versionReady(Construct scope, FunctionCalls function, Failures failures, IChainable next) {
        String state = PollLoop.result("state");
        return new PollLoop(scope, "VersionSnapshot", Timeouts.SNAPSHOT_POLL, Timeouts.SNAPSHOT_CHECKS,
                function.getConfiguration("GetVersionState", "$.published.version",
                        Map.of("state", JsonPath.stringAt("$.State")), PollLoop.RESULT),
                failures)
                .when(Condition.stringEquals(state, "Active"), next)
                .when(Condition.stringEquals(state, "Failed"), failures.rejecting("SnapshotFailed", "SnapshotFailed",
                        "The new version did not become Active: its init (which loads MODEL_URI) failed while "
                                + "SnapStart took the snapshot. The function's log group has the error."))
                .orAfterLimit(failures.because("SnapshotTimedOut", "SnapshotTimedOut",
                        "The new version's SnapStart snapshot was not ready in time"));
    }
}
