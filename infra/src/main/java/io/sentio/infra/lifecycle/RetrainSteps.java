package io.sentio.infra.lifecycle;

import io.sentio.contract.CliExitCodes;
import io.sentio.contract.RetrainRecordFormat;
import io.sentio.contract.TrainingEnvironment;
import io.sentio.infra.training.TrainingJobs;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.services.stepfunctions.CatchProps;
import software.amazon.awscdk.services.stepfunctions.Choice;
import software.amazon.awscdk.services.stepfunctions.Condition;
import software.amazon.awscdk.services.stepfunctions.Errors;
import software.amazon.awscdk.services.stepfunctions.Fail;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.Pass;
import software.amazon.awscdk.services.stepfunctions.Result;
import software.amazon.awscdk.services.stepfunctions.State;
import software.amazon.awscdk.services.stepfunctions.Succeed;
import software.amazon.awscdk.services.stepfunctions.tasks.BatchContainerOverrides;
import software.amazon.awscdk.services.stepfunctions.tasks.BatchSubmitJob;
import software.amazon.awscdk.services.stepfunctions.tasks.CallAwsService;
import software.constructs.Construct;

/**
 * The first half: decide which model to roll out. Execution input (all optional):
 * {@code {"data": "s3://<bucket>/data/..."}} retrains on other data; {@code {"modelUri":
 * "s3://<bucket>/models/<name>@<version>"}} skips retraining and rolls that model out (a manual
 * promotion or rollback). Otherwise: note the result record's ETag, run the Batch job (.sync), read
 * the record it wrote, and go on only if it is new and says {@code promoted}. Leaves the model to
 * roll out at {@code $.rollout.modelUri}.
 */
final class RetrainSteps {

    private final State start;

    RetrainSteps(Construct scope, RolloutTargets targets, IChainable rollOut) {
        Fail invalidInput = Fail.Builder.create(scope, "InvalidInput").error("InvalidInput")
                .cause("Input fields: data (s3://<model bucket>/data/...) to retrain on, or modelUri "
                        + "(s3://<model bucket>/models/<name>@<version>) to roll out without retraining").build();
        Pass useRequested = rollout(scope, "UseRequestedModel", "$.request.modelUri", false);
        Pass usePromoted = rollout(scope, "UsePromotedModel", RetrainRecord.field(RetrainRecordFormat.MODEL_URI), true);
        State checkModel = checkModelUri(scope, targets, rollOut);
        useRequested.next(checkModel);
        usePromoted.next(checkModel);

        CallAwsService readResult = recordCall(scope, targets, "ReadResult", "getObject", new TreeMap<>(Map.of(
                "etag", JsonPath.stringAt("$.ETag"),
                "record", JsonPath.stringToJson(JsonPath.stringAt("$.Body")))), "$.result");
        readResult.addCatch(Fail.Builder.create(scope, "NoResultRecord").error("NoResultRecord")
                .causePath(Failures.PATH + ".Cause").build(), catchAt(Failures.PATH));
        readResult.next(Choice.Builder.create(scope, "IsResultNew").build()
                .when(Condition.stringEqualsJsonPath("$.result.etag", "$.before.etag"), Fail.Builder
                        .create(scope, "StaleResult").error("StaleResult")
                        .cause("The retrain job wrote no new result record: it failed before finishing (see the "
                                + "Batch job and its log group). The live model is unchanged.").build())
                .otherwise(outcome(scope, usePromoted)));

        BatchSubmitJob retrain = retrain(scope, targets);
        retrain.addCatch(readResult, catchAt("$.retrainError"));
        retrain.next(readResult);

        CallAwsService noteBefore = recordCall(scope, targets, "NoteEarlierResult", "headObject",
                Map.of("etag", JsonPath.stringAt("$.ETag")), "$.before");
        Pass noEarlier = Pass.Builder.create(scope, "NoEarlierResult")
                .result(Result.fromObject(Map.of("etag", "none"))).resultPath("$.before").build();
        noteBefore.addCatch(noEarlier, catchAt("$.before"));
        noEarlier.next(retrain);
        noteBefore.next(retrain);

        this.start = Pass.Builder.create(scope, "Defaults")
                .result(Result.fromObject(Map.of("data", targets.dataUri())))
                .resultPath("$.defaults")
                .build();
        ((Pass) start).next(Pass.Builder.create(scope, "ReadRequest")
                .parameters(Map.of("request", JsonPath.jsonMerge(
                        JsonPath.objectAt("$.defaults"), JsonPath.objectAt("$$.Execution.Input"))))
                .build())
                .next(Choice.Builder.create(scope, "RetrainOrRollOut").build()
                        .when(Condition.isPresent("$.request.modelUri"), useRequested)
                        .when(Condition.stringMatches("$.request.data", targets.dataUriPattern()), noteBefore)
                        .otherwise(invalidInput));
    }

    State start() {
        return start;
    }

    /**
     * The job definition's own timeout bounds each attempt; the execution's timeout bounds waiting for
     * capacity. (The task's {@code timeout} would override the job's attempt duration instead.)
     */
    private static BatchSubmitJob retrain(Construct scope, RolloutTargets targets) {
        Map<String, String> environment = new TreeMap<>(Map.of(
                TrainingEnvironment.DATA_URI, JsonPath.stringAt("$.request.data"),
                TrainingEnvironment.STORE_URI, targets.storeUri(),
                TrainingEnvironment.ALIAS, targets.modelAlias()));
        return BatchSubmitJob.Builder.create(scope, "Retrain")
                .comment("Train, evaluate, publish a version, compare with live (quality gate), move the alias")
                .jobName("sentio-retrain")
                .jobQueueArn(targets.jobQueue().getJobQueueArn())
                // By name: the latest active revision, even after SentioTraining alone was redeployed.
                .jobDefinitionArn(TrainingJobs.JOB_DEFINITION_NAME)
                .containerOverrides(BatchContainerOverrides.builder()
                        .command(TrainingJobs.DEFAULT_COMMAND)
                        .environment(environment)
                        .build())
                .resultPath(JsonPath.DISCARD)
                .build();
    }

    /** Exit code {@value CliExitCodes#GATE_REFUSED} (refused) fails the Batch job too, so the record, not the job's state, decides. */
    private static Choice outcome(Construct scope, Pass usePromoted) {
        Fail failed = Fail.Builder.create(scope, "RetrainFailed").error("RetrainFailed")
                .cause("The retrain job reported a failure (the record's message is in ReadResult's output; the "
                        + "job's log group has the rest). The live model is unchanged.").build();
        String status = RetrainRecord.field(RetrainRecordFormat.STATUS);
        return Choice.Builder.create(scope, "RetrainOutcome").build()
                .when(Condition.isNotPresent(status), failed)
                .when(Condition.and(Condition.stringEquals(status, RetrainRecordFormat.PROMOTED),
                        Condition.isPresent(RetrainRecord.field(RetrainRecordFormat.MODEL_URI))), usePromoted)
                .when(Condition.stringEquals(status, RetrainRecordFormat.REFUSED), Succeed.Builder.create(scope, "NotPromoted")
                        .comment("The quality gate kept the live model; the candidate is stored as a version")
                        .outputPath("$.result.record").build())
                .otherwise(failed);
    }

    /** Only models of the store the function serves from: anything else would be a broken or foreign URI. */
    private static State checkModelUri(Construct scope, RolloutTargets targets, IChainable rollOut) {
        Fail unexpected = Fail.Builder.create(scope, "UnexpectedModelUri").error("UnexpectedModelUri")
                .cause("The model to roll out is not a version or alias of the store the function serves from, "
                        + "s3://<model bucket>/models/<name>@<version>").build();
        return Choice.Builder.create(scope, "IsModelInStore").build()
                .when(Condition.isNotString("$.rollout.modelUri"), unexpected)
                .when(Condition.stringMatches("$.rollout.modelUri", targets.modelUriPattern()), rollOut)
                .otherwise(unexpected);
    }

    /**
     * {@code $.rollout}: the model, and whether this execution's retrain promoted it (then a failed
     * rollout also rolls the store's alias back, {@link StoreRollback}).
     */
    private static Pass rollout(Construct scope, String id, String modelUriPath, boolean promoted) {
        return Pass.Builder.create(scope, id)
                .parameters(new TreeMap<>(Map.of("modelUri", JsonPath.stringAt(modelUriPath), "promoted", promoted)))
                .resultPath("$.rollout")
                .build();
    }

    /** An S3 call on the result record's key, and nothing else in the bucket (HeadObject needs s3:GetObject). */
    private static CallAwsService recordCall(Construct scope, RolloutTargets targets, String id, String action,
            Map<String, Object> selector, String resultPath) {
        return CallAwsService.Builder.create(scope, id)
                .service("s3")
                .action(action)
                .iamAction("s3:GetObject")
                .iamResources(List.of(targets.bucket().arnForObjects(targets.recordKey())))
                .parameters(new TreeMap<>(Map.of("Bucket", targets.bucket().getBucketName(), "Key", targets.recordKey())))
                .resultSelector(selector)
                .resultPath(resultPath)
                .build();
    }

    private static CatchProps catchAt(String resultPath) {
        return CatchProps.builder().errors(List.of(Errors.ALL)).resultPath(resultPath).build();
    }
}
