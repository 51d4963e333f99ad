package io.sentio.infra.scoring;

import io.sentio.contract.FunctionEnvironment;
import io.sentio.contract.MetricDimensions;
import io.sentio.infra.artifacts.FunctionArtifact;
import io.sentio.infra.compliance.Nag;
import io.sentio.infra.config.LogRetention;
import io.sentio.infra.serving.FunctionConfig;
import io.sentio.infra.storage.BucketAccess;
import io.sentio.infra.storage.BucketLayout;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * The scoring function: the same jar as the prediction function, with the backlog handler, the same
 * model ({@code MODEL_URI}) loaded and primed at init the same way, SnapStart on published versions,
 * invoked through its {@code live} alias. Its role reads the model prefix and the backlog input
 * prefix and writes the output prefix: nothing else.
 */
public final class ScoringFunction extends Construct {

    public static final String HANDLER = "io.sentio.function.score.ScoreHandler::handleRequest";
    public static final String SERVICE = "sentio-scoring";
    /** The longest a Lambda invocation may run; a part must be scored within it (docs/DEPLOY.md). */
    static final Duration TIMEOUT = Duration.minutes(15);



    private final Function function;
    private final Alias alias;

    ScoringFunction(Construct scope, String id, ScoringConfig config, FunctionConfig serving, FunctionArtifact artifact,
            IBucket bucket) {
        super(scope, id);
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(LogRetention.of(serving.logRetentionDays()))
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        Role role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Sentio scoring function: own logs, read models/ and the backlog input, write the "
                        + "backlog output")
                .build();
        logs.grantWrite(role);
        BucketAccess.grantRead(role, bucket, BucketLayout.MODELS_PREFIX);
        BucketAccess.grantRead(role, bucket, config.inputPrefix());
        BucketAccess.grantReadWrite(role, bucket, config.outputPrefix());

        this.function = Function.Builder.create(this, "Function")
                .runtime(Runtime.JAVA_21)
                .architecture(FunctionConfig.X86_64.equals(serving.architecture())
                        ? Architecture.X86_64 : Architecture.ARM_64)
                .handler(HANDLER)
                .code(Code.fromAsset(artifact.jar().toString()))
                .memorySize(config.memoryMb())
                .timeout(TIMEOUT)
                .role(role)
                .environment(environment(config, serving, bucket))
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .loggingFormat(LoggingFormat.JSON)
                .logGroup(logs)
                .description(description(serving))
                .build();
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "Every deployment publishes a version (currentVersion) and the state machine invokes its alias.");
        Nag.suppress(role, "AwsSolutions-IAM5",
                "s3:GetObject / s3:PutObject are limited to the models/ prefix and the backlog input and output "
                        + "prefixes of the model bucket; listing is limited to them by s3:prefix.",
                "regex:/^Resource::.*\\/(models|" + escaped(config.inputPrefix()) + "|"
                        + escaped(config.outputPrefix()) + ")\\/\\*$/");
        Nag.suppress(function, "AwsSolutions-L1",
                "Java 21 is the runtime the function module targets, as for the prediction function.");
        this.alias = Alias.Builder.create(this, "LiveAlias")
                .aliasName("live")
                .version(function.getCurrentVersion())
                .description("What the backlog state machine invokes (a published version: SnapStart)")
                .build();
    }

    /**
     * Names the pinned model and the model revision, as the prediction function's does: changing
     * either publishes a new version, whose SnapStart snapshot loads the model afresh.
     */
    static String description(FunctionConfig serving) {
        StringBuilder description = new StringBuilder("Sentio backlog scoring handler");
        serving.modelUri().ifPresent(uri -> description.append(", model ").append(uri));
        serving.modelRevision().ifPresent(revision -> description.append(", model revision ").append(revision));
        return description.toString();
    }

    static Map<String, String> environment(ScoringConfig config, FunctionConfig serving, IBucket bucket) {
        Map<String, String> env = new TreeMap<>();
        env.put(FunctionEnvironment.MODEL_URI, serving.modelUri(bucket.getBucketName()));
        env.put(FunctionEnvironment.SCORING_INPUT_URI, "s3://" + bucket.getBucketName() + "/" + config.inputPrefix());
        env.put(FunctionEnvironment.SCORING_OUTPUT_URI, "s3://" + bucket.getBucketName() + "/" + config.outputPrefix());
        env.put(FunctionEnvironment.SERVICE_NAME, SERVICE);
        env.put(FunctionEnvironment.METRICS_NAMESPACE, MetricDimensions.NAMESPACE);
        env.put(FunctionEnvironment.LOG_LEVEL, serving.logLevel());
        return env;
    }

    private static String escaped(String prefix) {
        return prefix.substring(0, prefix.length() - 1).replace(".", "\\.").replace("/", "\\/");
    }

    public Function function() {
        return function;
    }

    public IFunction alias() {
        return alias;
    }
}
