package io.sentio.infra.scoring;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sentio.infra.compliance.Nag;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.DistributedMap;
import software.amazon.awscdk.services.stepfunctions.ItemBatcher;
import software.amazon.awscdk.services.stepfunctions.ItemBatcherProps;
import software.amazon.awscdk.services.stepfunctions.JitterType;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.ResultWriterV2;
import software.amazon.awscdk.services.stepfunctions.ResultWriterV2Props;
import software.amazon.awscdk.services.stepfunctions.RetryProps;
import software.amazon.awscdk.services.stepfunctions.S3ObjectsItemReader;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.amazon.awscdk.services.stepfunctions.TaskInput;
import software.amazon.awscdk.services.stepfunctions.tasks.LambdaInvoke;
import software.constructs.Construct;

/**
 * Scores a backlog on Step Functions' own distributed engine, no scheduler of ours:
 * <ol>
 *   <li>{@code Plan}: the scoring function checks the execution's {@code input} and {@code output}
 *       (both under the deployed prefixes, neither inside the other);</li>
 *   <li>{@code ScoreParts}: a Distributed Map lists the objects under the input prefix and hands
 *       them, {@code partsPerInvocation} at a time, to the scoring function, at most
 *       {@code maxConcurrency} at once; throttling and Lambda service errors are retried with
 *       backoff; the run fails once more than {@code toleratedFailurePercent} of the items failed;
 *       the map's own record of every item goes to {@code <output prefix>_map-runs/};</li>
 *   <li>{@code Summarise}: the scoring function writes {@code _summary.json} over every complete part.</li>
 * </ol>
 * Started with {@code {"input":"s3://…/in/","output":"s3://…/out/"}}; a part already complete in the
 * output is skipped, so a failed run is finished by starting it again (or redriving it).
 */
public final class BacklogStateMachine extends Construct {

    public static final String STATE_MACHINE_NAME = "sentio-backlog";
    /** The Map Run label: child executions report their metrics under {@code <state machine ARN>/ScoreParts}. */
    public static final String MAP_LABEL = "ScoreParts";
    /** Where the Distributed Map writes its per-item results, under the output prefix. */
    public static final String MAP_RESULTS = "_map-runs";
    static final List<String> RETRIED_ERRORS = List.of("Lambda.TooManyRequestsException", "Lambda.ServiceException",
            "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.ClientExecutionTimeoutException");

    private final StateMachine stateMachine;
    private final LogGroup logs;

    BacklogStateMachine(Construct scope, String id, ScoringConfig config, IFunction scoring, IBucket bucket) {
        super(scope, id);
        LambdaInvoke plan = invoke("Plan", scoring, TaskInput.fromObject(Map.of(
                "action", "plan",
                "execution", JsonPath.objectAt("$"))), "$.plan");

        DistributedMap scoreParts = DistributedMap.Builder.create(this, "ScoreParts")
                .stateName("ScoreParts")
                .label(MAP_LABEL)
                .itemReader(S3ObjectsItemReader.Builder.create()
                        .bucket(bucket)
                        .prefix(JsonPath.stringAt("$.plan.inputPrefix"))
                        .build())
                .itemBatcher(new ItemBatcher(ItemBatcherProps.builder()
                        .maxItemsPerBatch(config.partsPerInvocation())
                        .batchInput(batchInput())
                        .build()))
                .maxConcurrency(config.maxConcurrency())
                .toleratedFailurePercentage(config.toleratedFailurePercent())
                .resultWriterV2(new ResultWriterV2(ResultWriterV2Props.builder()
                        .bucket(bucket)
                        .prefix(config.outputPrefix() + MAP_RESULTS)
                        .build()))
                .resultPath("$.mapRun")
                .build();
        // No payload: the Lambda gets the batch itself, {"Items": [...], "BatchInput": {...}}.
        scoreParts.itemProcessor(invoke("ScorePart", scoring, null, JsonPath.DISCARD));

        LambdaInvoke summarise = invoke("Summarise", scoring, TaskInput.fromObject(Map.of(
                "action", "summarise",
                "output", JsonPath.stringAt("$.plan.output"))), "$.summary");

        this.logs = LogGroup.Builder.create(this, "Logs")
                .retention(RetentionDays.THREE_MONTHS)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        this.stateMachine = StateMachine.Builder.create(this, "StateMachine")
                .stateMachineName(STATE_MACHINE_NAME)
                .stateMachineType(StateMachineType.STANDARD)
                .comment("Sentio backlog scoring: list the input prefix, score every part on Lambda, summarise")
                .definitionBody(DefinitionBody.fromChainable(plan.next(scoreParts).next(summarise)))
                .timeout(Duration.hours(48))
                .tracingEnabled(true)
                .logs(LogOptions.builder().destination(logs).level(LogLevel.ALL).includeExecutionData(true).build())
                .build();
        limitToBacklogPrefixes(stateMachine, bucket, config);
        Nag.suppress(stateMachine, "AwsSolutions-IAM5",
                "Log delivery and X-Ray support no resource-level permissions; the Distributed Map describes and "
                        + "stops its own child executions (names unknown in advance). The item reader and result "
                        + "writer are granted the whole bucket by CDK; explicit Deny statements narrow that to "
                        + "listing the input prefix and writing under the output prefix.",
                "Resource::*", "regex:/^Resource::arn:<AWS::Partition>:states:.*BacklogStateMachine.*:\\*$/",
                "regex:/^Resource::.*ModelBucket.*\\/\\*$/");
    }

    /**
     * CDK grants the item reader {@code s3:ListBucket} on the whole bucket and the result writer object
     * access to every key; these Deny statements leave exactly listing under the input prefix and
     * objects under the output prefix.
     */
    private static void limitToBacklogPrefixes(StateMachine machine, IBucket bucket, ScoringConfig config) {
        machine.addToRolePolicy(PolicyStatement.Builder.create()
                .effect(Effect.DENY)
                .actions(List.of("s3:ListBucket"))
                .resources(List.of(bucket.getBucketArn()))
                .conditions(Map.of("StringNotLike", Map.of("s3:prefix",
                        List.of(config.inputPrefix(), config.inputPrefix() + "*"))))
                .build());
        machine.addToRolePolicy(PolicyStatement.Builder.create()
                .effect(Effect.DENY)
                .actions(List.of("s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload",
                        "s3:ListMultipartUploadParts"))
                .notResources(List.of(bucket.arnForObjects(config.outputPrefix() + "*")))
                .build());
    }

    private LambdaInvoke invoke(String name, IFunction function, TaskInput payload, String resultPath) {
        LambdaInvoke invoke = LambdaInvoke.Builder.create(this, name)
                .stateName(name)
                .lambdaFunction(function)
                .payload(payload) // null: the state's input
                .payloadResponseOnly(true)
                .retryOnServiceExceptions(false)
                .resultPath(resultPath)
                .build();
        invoke.addRetry(RetryProps.builder()
                .errors(RETRIED_ERRORS)
                .interval(Duration.seconds(2))
                .backoffRate(2)
                .maxAttempts(6)
                .maxDelay(Duration.minutes(1))
                .jitterStrategy(JitterType.FULL)
                .build());
        return invoke;
    }

    private static ObjectNode batchInput() {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.put("input.$", "$.plan.input");
        input.put("output.$", "$.plan.output");
        input.put("overwrite.$", "$.plan.overwrite");
        return input;
    }

    public StateMachine stateMachine() {
        return stateMachine;
    }

    public LogGroup logs() {
        return logs;
    }
}
