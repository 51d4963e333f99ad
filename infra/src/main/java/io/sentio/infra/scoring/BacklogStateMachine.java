package io.sentio.infra.scoring;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sentio.infra.compliance.Nag;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.stepfunctions.Choice;
import software.amazon.awscdk.services.stepfunctions.Condition;
import software.amazon.awscdk.services.stepfunctions.CsvHeaders;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.DistributedMap;
import software.amazon.awscdk.services.stepfunctions.IItemReader;
import software.amazon.awscdk.services.stepfunctions.ItemBatcher;
import software.amazon.awscdk.services.stepfunctions.ItemBatcherProps;
import software.amazon.awscdk.services.stepfunctions.JitterType;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.ResultWriterV2;
import software.amazon.awscdk.services.stepfunctions.ResultWriterV2Props;
import software.amazon.awscdk.services.stepfunctions.RetryProps;
import software.amazon.awscdk.services.stepfunctions.S3CsvItemReader;
import software.amazon.awscdk.services.stepfunctions.S3JsonLItemReader;
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
 * output is skipped, so a failed run is finished by starting it again (or redriving it). An input
 * naming one uncompressed {@code .csv} or {@code .jsonl} file instead ({@code "input":"s3://…/in/big.csv"})
 * takes {@code ScoreCsvRows} or {@code ScoreJsonlRows}: a Distributed Map whose reader parses the
 * file's rows and hands them, {@code rowsPerInvocation} at a time, to the scoring function, which
 * writes one output part per batch, named after its first row.
 */
public final class BacklogStateMachine extends Construct {

    public static final String STATE_MACHINE_NAME = "sentio-backlog";
    /** The Map Run label: child executions report their metrics under {@code <state machine ARN>/ScoreParts}. */
    public static final String MAP_LABEL = "ScoreParts";
    /** The Map Run labels of the maps over one large CSV / JSONL file's rows. */
    public static final String CSV_ROWS_LABEL = "ScoreCsvRows";
    public static final String JSONL_ROWS_LABEL = "ScoreJsonlRows";
    /** Every Map Run label: each map's child executions report their metrics under their own. */
    public static final List<String> MAP_LABELS = List.of(MAP_LABEL, CSV_ROWS_LABEL, JSONL_ROWS_LABEL);
    /** The most bytes of rows one batch carries: under the 256 KiB state input cap, with room for BatchInput. */
    static final int ROW_BATCH_BYTES = 240 * 1024;
    /** Where the Distributed Map writes its per-item results, under the output prefix. */
    public static final String MAP_RESULTS = "_map-runs";
    static final List<String> RETRIED_ERRORS = List.of("Lambda.TooManyRequestsException", "Lambda.ServiceException",
            "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.ClientExecutionTimeoutException");

    private final StateMachine stateMachine;
    private final LogGroup logs;

    BacklogStateMachine(Construct scope, String id, ScoringConfig config, IFunction scoring, IBucket bucket) {
        super(scope, id);
        LambdaInvoke plan = invoke("Plan", scoring, TaskInput.fromObject(new TreeMap<>(Map.of(
                "action", "plan",
                "execution", JsonPath.objectAt("$")))), "$.plan");

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
                .resultWriterV2(resultWriter(bucket, config))
                .resultPath("$.mapRun")
                .build();
        // No payload: the Lambda gets the batch itself, {"Items": [...], "BatchInput": {...}}.
        scoreParts.itemProcessor(invoke("ScorePart", scoring, null, JsonPath.DISCARD));

        DistributedMap scoreCsvRows = rowsMap(CSV_ROWS_LABEL, S3CsvItemReader.Builder.create()
                .bucket(bucket)
                .key(JsonPath.stringAt("$.plan.key"))
                .csvHeaders(CsvHeaders.useFirstRow())
                .build(), config, bucket);
        scoreCsvRows.itemProcessor(invoke("ScoreCsvBatch", scoring, null, JsonPath.DISCARD));
        DistributedMap scoreJsonlRows = rowsMap(JSONL_ROWS_LABEL, S3JsonLItemReader.Builder.create()
                .bucket(bucket)
                .key(JsonPath.stringAt("$.plan.key"))
                .build(), config, bucket);
        scoreJsonlRows.itemProcessor(invoke("ScoreJsonlBatch", scoring, null, JsonPath.DISCARD));

        LambdaInvoke summarise = invoke("Summarise", scoring, TaskInput.fromObject(new TreeMap<>(Map.of(
                "action", "summarise",
                "output", JsonPath.stringAt("$.plan.output")))), "$.summary");

        Condition file = Condition.stringEquals("$.plan.shape", "file");
        Choice shape = Choice.Builder.create(this, "InputShape").stateName("InputShape")
                .comment("A prefix of parts, or one large CSV / JSONL file whose rows the map reads itself")
                .build()
                .when(Condition.and(file, Condition.stringEquals("$.plan.format", "csv")), scoreCsvRows)
                .when(Condition.and(file, Condition.stringEquals("$.plan.format", "jsonl")), scoreJsonlRows)
                .otherwise(scoreParts);

        this.logs = LogGroup.Builder.create(this, "Logs")
                .retention(RetentionDays.THREE_MONTHS)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        this.stateMachine = StateMachine.Builder.create(this, "StateMachine")
                .stateMachineName(STATE_MACHINE_NAME)
                .stateMachineType(StateMachineType.STANDARD)
                .comment("Sentio backlog scoring: list the input prefix (or read one large file's rows), score on "
                        + "Lambda, summarise")
                .definitionBody(DefinitionBody.fromChainable(plan.next(shape.afterwards().next(summarise))))
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
     * CDK grants the item readers {@code s3:ListBucket} on the whole bucket, the file readers
     * {@code s3:GetObject} on every key and the result writer object access to every key; these Deny
     * statements leave exactly listing under the input prefix, reading under the input and output
     * prefixes and writing under the output prefix.
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
                .actions(List.of("s3:GetObject"))
                .notResources(List.of(bucket.arnForObjects(config.inputPrefix() + "*"),
                        bucket.arnForObjects(config.outputPrefix() + "*")))
                .build());
        machine.addToRolePolicy(PolicyStatement.Builder.create()
                .effect(Effect.DENY)
                .actions(List.of("s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"))
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

    /**
     * A Distributed Map over the rows of the one file the plan names: the reader parses them, each
     * keeps its 0-based position ({@code $$.Map.Item.Index}, so a batch knows its first row), and
     * they are handed over {@code rowsPerInvocation} at a time, fewer when that would pass
     * {@value #ROW_BATCH_BYTES} bytes (a state's input is capped at 256 KiB).
     */
    private DistributedMap rowsMap(String label, IItemReader reader, ScoringConfig config, IBucket bucket) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.put("file.$", "$.plan.input");
        input.put("format.$", "$.plan.format");
        input.put("output.$", "$.plan.output");
        input.put("overwrite.$", "$.plan.overwrite");
        return DistributedMap.Builder.create(this, label)
                .stateName(label)
                .label(label)
                .itemReader(reader)
                .itemSelector(new TreeMap<>(Map.of(
                        "index", JsonPath.stringAt("$$.Map.Item.Index"),
                        "row", JsonPath.stringAt("$$.Map.Item.Value"))))
                .itemBatcher(new ItemBatcher(ItemBatcherProps.builder()
                        .maxItemsPerBatch(config.rowsPerInvocation())
                        .maxInputBytesPerBatch(ROW_BATCH_BYTES)
                        .batchInput(input)
                        .build()))
                .maxConcurrency(config.maxConcurrency())
                .toleratedFailurePercentage(config.toleratedFailurePercent())
                .resultWriterV2(resultWriter(bucket, config))
                .resultPath("$.mapRun")
                .build();
    }

    private static ResultWriterV2 resultWriter(IBucket bucket, ScoringConfig config) {
        return new ResultWriterV2(ResultWriterV2Props.builder()
                .bucket(bucket)
                .prefix(config.outputPrefix() + MAP_RESULTS)
                .build());
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
