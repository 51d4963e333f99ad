package io.sentio.infra.lifecycle;

import io.sentio.contract.CliExitCodes;
import io.sentio.contract.RetrainRecordFormat;
import io.sentio.infra.training.TrainingJobs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.CatchProps;
import software.amazon.awscdk.services.stepfunctions.Choice;
import software.amazon.awscdk.services.stepfunctions.Condition;
import software.amazon.awscdk.services.stepfunctions.CustomState;
import software.amazon.awscdk.services.stepfunctions.Errors;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.State;
import software.constructs.Construct;

/**
 * After a canary rolled back or timed out, or a snapshot failed, of a model that this execution's
 * retrain promoted: the store's alias still names that model, and the next deployment of the serving
 * stack (whose template loads {@code @live}) would roll it out again. So put the store back too — a
 * Batch job on the retrain queue and job definition running the training CLI's guarded rollback,
 * {@code models rollback --store <store> --alias <alias> --expect-version <candidate_version> --reason
 * "..."}, which moves the alias back only if it still names that version (exit {@value CliExitCodes#ALIAS_MOVED} when someone moved
 * it since; the job's role may write the store's alias objects, as it does for the retrain).
 *
 * <p>Only then: a model named by the execution input ({@code modelUri}) was not promoted by this
 * execution, so the store's alias is not this execution's to move ({@code $.rollout.promoted} is
 * false). Whatever the job does — succeeds, fails, times out — the execution goes on to restore the
 * function's configuration and fail with the original error; the job's outcome is kept at
 * {@value #PATH} ({@code jobId} and {@code status}, or {@code Error} and {@code Cause}).
 *
 * <p>Permissions: the same as the retrain's — {@code batch:SubmitJob} on the queue and job definition
 * (granted for the {@code Retrain} task, narrowed by {@link BatchJobAccess}), the .sync integration's
 * EventBridge rule, DescribeJobs and TerminateJob (a timed-out state stops its job).
 */
final class StoreRollback {

    static final String PATH = "$.storeRollback";
    static final String JOB_NAME = "sentio-store-rollback";
    static final String VERSION = RetrainRecord.field(RetrainRecordFormat.CANDIDATE_VERSION);
    /**
     * The state's own limit: capacity for the job plus its run (a few seconds of work). It must stay
     * well inside the execution's slack, so that a job that never starts cannot run the execution out
     * of time before the restore. (CDK's BatchSubmitJob has no state timeout, hence a custom state.)
     */
    static final Duration TIMEOUT = Duration.minutes(20);
    /** Every attempt of the job: it reads and writes one small object. */
    static final Duration ATTEMPT = Duration.minutes(10);

    private StoreRollback() {
    }

    /** {@code IsStoreRollbackDue}: the rollback job when the model came from this execution's retrain, then {@code next}. */
    static State then(Construct scope, RolloutTargets targets, IChainable next) {
        CustomState job = CustomState.Builder.create(scope, "RollBackStoreAlias")
                .stateJson(job(scope, targets))
                .build();
        job.addCatch(next, CatchProps.builder().errors(List.of(Errors.ALL)).resultPath(PATH).build());
        job.next(next);
        return Choice.Builder.create(scope, "IsStoreRollbackDue")
                .comment("Only a model this execution's retrain promoted: its store alias was moved by this execution")
                .build()
                .when(Condition.booleanEquals("$.rollout.promoted", false), next)
                .when(Condition.isNotPresent(VERSION), next)
                .when(Condition.isNumeric(VERSION), job)
                .otherwise(next);
    }

    /** The command the job runs: the training image's entrypoint passes it to the CLI unchanged. */
    static String command(RolloutTargets targets) {
        return JsonPath.array("models", "rollback",
                "--store", targets.storeUri(),
                "--alias", targets.modelAlias(),
                "--expect-version", JsonPath.format("{}", JsonPath.stringAt(VERSION)),
                "--reason", JsonPath.format("lifecycle execution {} ended in {}: the store goes back from {}",
                        JsonPath.getExecutionName(), JsonPath.stringAt(Failures.PATH + ".Error"),
                        JsonPath.stringAt("$.rollout.modelUri")));
    }

    private static Map<String, Object> job(Construct scope, RolloutTargets targets) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("JobName", JOB_NAME);
        parameters.put("JobQueue", targets.jobQueue().getJobQueueArn());
        // By name, like the retrain: the latest active revision of the same job definition.
        parameters.put("JobDefinition", TrainingJobs.JOB_DEFINITION_NAME);
        parameters.put("ContainerOverrides", Map.of("Command.$", command(targets)));
        parameters.put("Timeout", Map.of("AttemptDurationSeconds", ATTEMPT.toSeconds()));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("Type", "Task");
        state.put("Comment", "Roll the store's alias back from the promoted version, only if it still names it "
                + "(training CLI: models rollback --expect-version)");
        state.put("Resource", "arn:" + Stack.of(scope).getPartition() + ":states:::batch:submitJob.sync");
        state.put("Parameters", parameters);
        state.put("TimeoutSeconds", TIMEOUT.toSeconds());
        state.put("ResultSelector", new TreeMap<>(Map.of("jobId.$", "$.JobId", "status.$", "$.Status")));
        state.put("ResultPath", PATH);
        return state;
    }
}
