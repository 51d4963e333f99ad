package io.sentio.infra.training;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.constructs.Construct;

/**
 * Training: a VPC and AWS Batch on Fargate running the training image. What submits the retraining
 * job (by hand or on a schedule, and what happens to its result) is the lifecycle stack's part.
 */
public final class TrainingStack extends Stack {

    private final TrainingJobs jobs;

    public TrainingStack(Construct scope, String id, TrainingConfig config, ContainerImage image,
            TrainingJobs.Target target) {
        super(scope, id, StackProps.builder()
                .description("Sentio training: AWS Batch on Fargate running the training image")
                .build());
        TrainingNetwork network = new TrainingNetwork(this, "Network");
        this.jobs = new TrainingJobs(this, "Jobs", config, network, image, target);

        output("JobQueueArn", "Batch job queue for training jobs", jobs.queue().getJobQueueArn());
        output("JobDefinitionArn", "Batch job definition (training image, default command: retrain)",
                jobs.jobDefinition().getJobDefinitionArn());
    }

    private void output(String id, String description, String value) {
        CfnOutput.Builder.create(this, id).description(description).value(value).build();
    }

    public TrainingJobs jobs() {
        return jobs;
    }
}
