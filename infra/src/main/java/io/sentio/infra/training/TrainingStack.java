package io.sentio.infra.training;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.constructs.Construct;

/** Training: a VPC, AWS Batch on Fargate running the training image, and the retraining schedule. */
public final class TrainingStack extends Stack {

    private final TrainingJobs jobs;
    private final RetrainSchedule schedule;

    public TrainingStack(Construct scope, String id, TrainingConfig config, ContainerImage image,
            TrainingJobs.Target target) {
        super(scope, id, StackProps.builder()
                .description("Sentio training: AWS Batch on Fargate, retraining schedule (disabled by default)")
                .build());
        TrainingNetwork network = new TrainingNetwork(this, "Network");
        this.jobs = new TrainingJobs(this, "Jobs", config, network, image, target);
        this.schedule = new RetrainSchedule(this, "Retrain", config, jobs);

        output("JobQueueArn", "Batch job queue for training jobs", jobs.queue().getJobQueueArn());
        output("JobDefinitionArn", "Batch job definition (training image, default command: retrain)",
                jobs.jobDefinition().getJobDefinitionArn());
        output("RetrainRuleName", "EventBridge rule that submits retraining", schedule.rule().getRuleName());
    }

    private void output(String id, String description, String value) {
        CfnOutput.Builder.create(this, id).description(description).value(value).build();
    }

    public TrainingJobs jobs() {
        return jobs;
    }
}
