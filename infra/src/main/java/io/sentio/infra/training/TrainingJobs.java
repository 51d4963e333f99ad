package io.sentio.infra.training;

import io.sentio.contract.TrainingEnvironment;
import io.sentio.infra.compliance.Nag;
import io.sentio.infra.storage.BucketAccess;
import io.sentio.infra.storage.BucketLayout;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.services.batch.EcsFargateContainerDefinition;
import software.amazon.awscdk.services.batch.EcsJobDefinition;
import software.amazon.awscdk.services.batch.FargateComputeEnvironment;
import software.amazon.awscdk.services.batch.JobQueue;
import software.amazon.awscdk.services.batch.OrderedComputeEnvironment;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.FargatePlatformVersion;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * AWS Batch on Fargate: a compute environment in the training network, a job queue, and a job
 * definition running the training image's {@code retrain} command. The job reads {@code data/},
 * writes {@code models/}, and learns where both are from environment variables that the image's
 * entrypoint turns into CLI flags.
 */
public final class TrainingJobs extends Construct {

    public static final List<String> DEFAULT_COMMAND = List.of("retrain");
    /**
     * Fixed, so that jobs can be submitted by name (the latest active revision) and permissions can
     * name it: a changed definition is a new revision under the same name, and whoever submits by
     * name (the lifecycle state machine) keeps working without being redeployed.
     */
    public static final String JOB_DEFINITION_NAME = "sentio-retrain";

    private final JobQueue queue;
    private final EcsJobDefinition jobDefinition;
    private final Role jobRole;

    /** Where the job reads and writes: the model bucket, and the store and alias the function serves. */
    public record Target(IBucket bucket, String dataKey, String modelName, String modelAlias) {
    }

    public TrainingJobs(Construct scope, String id, TrainingConfig config, TrainingNetwork network,
            ContainerImage image, Target target) {
        super(scope, id);
        FargateComputeEnvironment compute = FargateComputeEnvironment.Builder.create(this, "ComputeEnvironment")
                .vpc(network.vpc())
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build())
                .securityGroups(List.of(network.jobSecurityGroup()))
                .maxvCpus(config.maxVcpus())
                .spot(config.spot())
                .build();
        this.queue = JobQueue.Builder.create(this, "JobQueue")
                .computeEnvironments(List.of(OrderedComputeEnvironment.builder()
                        .computeEnvironment(compute).order(1).build()))
                .priority(1)
                .build();

        this.jobRole = Role.Builder.create(this, "JobRole")
                .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com"))
                .description("Sentio training job: read data/, read and write models/")
                .build();
        BucketAccess.grantRead(jobRole, target.bucket(), BucketLayout.DATA_PREFIX);
        BucketAccess.grantReadWrite(jobRole, target.bucket(), BucketLayout.MODELS_PREFIX);
        Nag.suppress(jobRole, "AwsSolutions-IAM5",
                "Object access is limited to the data/ (read) and models/ (read, write) prefixes of the "
                        + "model bucket; the keys below them are versions and files the job creates.",
                "regex:/^Resource::.*\\/data\\/\\*$/", "regex:/^Resource::.*\\/models\\/\\*$/");
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(RetentionDays.THREE_MONTHS)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();

        EcsFargateContainerDefinition container = EcsFargateContainerDefinition.Builder.create(this, "Container")
                .image(image)
                .cpu(config.vcpu())
                .memory(Size.mebibytes(config.memoryMb()))
                .command(config.command())
                .environment(environment(target))
                .jobRole(jobRole)
                .assignPublicIp(true)
                .fargatePlatformVersion(FargatePlatformVersion.LATEST)
                .logging(LogDriver.awsLogs(AwsLogDriverProps.builder()
                        .logGroup(logs)
                        .streamPrefix("training")
                        .build()))
                .build();
        Nag.suppress(container, "AwsSolutions-IAM5",
                "The execution role's only wildcard is ecr:GetAuthorizationToken, which has no resource-level "
                        + "permissions; image pulls are limited to the CDK asset repository.",
                "Resource::*");
        this.jobDefinition = EcsJobDefinition.Builder.create(this, "JobDefinition")
                .jobDefinitionName(JOB_DEFINITION_NAME)
                .container(container)
                .timeout(Duration.minutes(config.timeoutMinutes()))
                // Spot capacity can be reclaimed mid-run: try again rather than wait a schedule period.
                .retryAttempts(config.attempts())
                .build();
    }

    static Map<String, String> environment(Target target) {
        String bucketName = target.bucket().getBucketName();
        return new TreeMap<>(Map.of(
                TrainingEnvironment.DATA_URI, BucketLayout.dataUri(bucketName, target.dataKey()),
                TrainingEnvironment.STORE_URI, BucketLayout.storeUri(bucketName, target.modelName()),
                TrainingEnvironment.ALIAS, target.modelAlias(),
                "JAVA_OPTS", "-XX:MaxRAMPercentage=75"));
    }

    public JobQueue queue() {
        return queue;
    }

    public EcsJobDefinition jobDefinition() {
        return jobDefinition;
    }

    public Role jobRole() {
        return jobRole;
    }
}
