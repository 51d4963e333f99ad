package io.sentio.infra.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.services.stepfunctions.CatchProps;
import software.amazon.awscdk.services.stepfunctions.Errors;
import software.amazon.awscdk.services.stepfunctions.Fail;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.Pass;
import software.amazon.awscdk.services.stepfunctions.Result;
import software.amazon.awscdk.services.stepfunctions.State;
import software.amazon.awscdk.services.stepfunctions.TaskStateBase;
import software.amazon.awscdk.services.stepfunctions.tasks.CallAwsService;
import software.constructs.Construct;

/**
 * What happens when rolling out fails after MODEL_URI was pinned on the function's $LATEST: put the
 * function's environment and description back as they were ({@code RestoreFunctionConfiguration}),
 * so the next version anyone publishes — a CloudFormation deployment included — does not carry the
 * failed model; then fail ({@code RolloutFailed}) with the error recorded at {@code $.failure}.
 * Failures that reject the model itself ({@link #rejecting}) first put the store's alias back when
 * this execution's retrain had moved it ({@link StoreRollback}).
 */
final class Failures {

    static final String PATH = "$.failure";

    private final Construct scope;
    private final CallAwsService restore;
    private final State rollBackStore;

    Failures(Construct scope, FunctionCalls function, RolloutTargets targets) {
        this.scope = scope;
        Fail failed = Fail.Builder.create(scope, "RolloutFailed")
                .comment("The function's configuration is as before; CodeDeploy left (or put) the live alias on "
                        + "the previous version")
                .errorPath(PATH + ".Error")
                .causePath(PATH + ".Cause")
                .build();
        Fail notRestored = Fail.Builder.create(scope, "RestoreFailed")
                .error("ConfigurationNotRestored")
                .cause("Rolling out failed and the function's environment could not be put back: $LATEST still "
                        + "has the new MODEL_URI. Restore it (docs/LIFECYCLE.md, failure modes) before publishing.")
                .build();
        this.restore = function.updateConfiguration("RestoreFunctionConfiguration", new TreeMap<>(Map.of(
                "Description", JsonPath.stringAt("$.function.description"),
                "Environment", Map.of("Variables", JsonPath.objectAt("$.function.environment")))));
        restore.addCatch(notRestored, CatchProps.builder().errors(List.of(Errors.ALL)).resultPath("$.restoreError").build());
        restore.next(failed);
        this.rollBackStore = StoreRollback.then(scope, targets, restore);
    }

    /** A named failure: records {@code error} and {@code cause}, then restores. */
    IChainable because(String id, String error, String cause) {
        return Pass.Builder.create(scope, id)
                .result(Result.fromObject(new TreeMap<>(Map.of("Error", error, "Cause", cause))))
                .resultPath(PATH)
                .build()
                .next(restore);
    }

    /**
     * A named failure that rejects the rolled-out model (the canary rolled back or timed out, the
     * snapshot failed): records {@code error} and {@code cause}, rolls the store's alias back if
     * this execution's retrain moved it, then restores.
     */
    IChainable rejecting(String id, String error, String cause) {
        return Pass.Builder.create(scope, id)
                .result(Result.fromObject(new TreeMap<>(Map.of("Error", error, "Cause", cause))))
                .resultPath(PATH)
                .build()
                .next(rollBackStore);
    }

    /** Any error of {@code task} (after its retries) restores, then fails with that error. */
    void guard(TaskStateBase task) {
        task.addCatch(restore, CatchProps.builder().errors(List.of(Errors.ALL)).resultPath(PATH).build());
    }
}
