package io.sentio.infra.serving;

import io.sentio.contract.FunctionEnvironment;
import io.sentio.contract.MetricDimensions;
import io.sentio.contract.ServingMetric;
import io.sentio.infra.artifacts.FunctionArtifact;
import io.sentio.infra.compliance.Nag;
import io.sentio.infra.config.LogRetention;
import io.sentio.infra.storage.BucketAccess;
import io.sentio.infra.storage.BucketLayout;
import java.math.BigDecimal;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * The prediction function: the function module's jar on Java 21 with SnapStart on published
 * versions, reached only through the {@code live} alias (which CodeDeploy moves). Its role may
 * write its own log group, send traces, and read the model prefix of the bucket: nothing else.
 */
public final class PredictionFunction extends Construct {

    public static final String ALIAS_NAME = "live";
    /** Fixed so that {@code sam local invoke ... PredictionFunction} and docs stay valid. */
    public static final String LOGICAL_ID = "PredictionFunction";
    static final String SNAPSTART_WARNING = "@aws-cdk/aws-lambda:snapStartRequirePublish";

    private final Function function;
    private final Alias alias;

    public PredictionFunction(Construct scope, String id, FunctionConfig config, FunctionArtifact artifact,
            IBucket modelBucket) {
        super(scope, id);
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(LogRetention.of(config.logRetentionDays()))
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        Role role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Sentio prediction function: own logs, X-Ray, read models/ only")
                .build();
        logs.grantWrite(role);
        BucketAccess.grantRead(role, modelBucket, BucketLayout.MODELS_PREFIX);

        this.function = Function.Builder.create(this, "Function")
                .runtime(Runtime.JAVA_21)
                .architecture(FunctionConfig.X86_64.equals(config.architecture())
                        ? Architecture.X86_64 : Architecture.ARM_64)
                .handler(FunctionArtifact.HANDLER)
                .code(Code.fromAsset(artifact.jar().toString()))
                .memorySize(config.memoryMb())
                .timeout(Duration.seconds(config.timeoutSeconds()))
                .role(role)
                .environment(environment(config, modelBucket))
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .tracing(Tracing.ACTIVE)
                .loggingFormat(LoggingFormat.JSON)
                .logGroup(logs)
                .description(description(config))
                .build();
        ((CfnFunction) function.getNode().getDefaultChild()).overrideLogicalId(LOGICAL_ID);
        Annotations.of(function).acknowledgeWarning(SNAPSTART_WARNING,
                "Every deployment publishes a version (currentVersion) and the live alias points at it.");
        Nag.suppress(role, "AwsSolutions-IAM5",
                "X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions; "
                        + "s3:GetObject is limited to the models/ prefix of the model bucket.",
                "Resource::*", "regex:/^Resource::.*\\/models\\/\\*$/");
        Nag.suppress(function, "AwsSolutions-L1",
                "Java 21 is the runtime the function module targets and benchmarks with SnapStart; "
                        + "move to a newer Java runtime together with the function build.");

        this.alias = Alias.Builder.create(this, "LiveAlias")
                .aliasName(ALIAS_NAME)
                .version(function.getCurrentVersion())
                .description("What the HTTP API invokes; CodeDeploy shifts it to new versions")
                .build();
    }

    /**
     * Names the pinned model and the model revision, if any. Changing either changes the function's
     * configuration and so publishes a new version; and a pinned model never leaves $LATEST identical
     * to a version the lifecycle state machine published (whose description names its execution),
     * which CloudFormation would refuse to publish again ("Version already exists").
     */
    static String description(FunctionConfig config) {
        StringJoiner description = new StringJoiner(", ").add("Sentio prediction API handler");
        config.modelUri().ifPresent(uri -> description.add("model " + uri));
        config.modelRevision().ifPresent(revision -> description.add("model revision " + revision));
        return description.toString();
    }

    static Map<String, String> environment(FunctionConfig config, IBucket modelBucket) {
        Map<String, String> env = new TreeMap<>();
        env.put(FunctionEnvironment.MODEL_URI, config.modelUri(modelBucket.getBucketName()));
        env.put(FunctionEnvironment.SERVICE_NAME, ServingMetric.DEFAULT_SERVICE);
        env.put(FunctionEnvironment.METRICS_NAMESPACE, MetricDimensions.NAMESPACE);
        env.put(FunctionEnvironment.LOG_LEVEL, config.logLevel());
        env.put(FunctionEnvironment.REVIEW_SAMPLE_RATE, BigDecimal.valueOf(config.reviewSampleRate()).stripTrailingZeros().toPlainString());
        if (!config.explanations()) {
            env.put(FunctionEnvironment.EXPLAIN_ENABLED, "false");
        }
        // No JAVA_TOOL_OPTIONS: the usual "-XX:TieredStopAtLevel=1" cold-start trick works against
        // SnapStart, whose snapshot already holds the primed, JIT-compiled code paths.
        return env;
    }

    public Function function() {
        return function;
    }

    public Alias alias() {
        return alias;
    }
}
