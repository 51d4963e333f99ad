package io.sentio.infra.training;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.BatchJob;
import software.amazon.awscdk.services.events.targets.BatchJobProps;
import software.constructs.Construct;

/**
 * An EventBridge rule that submits the retraining job periodically. It always exists but stays
 * DISABLED unless {@code -c retrainSchedule="rate(7 days)"} (or a cron expression) is given, so a
 * deployment never starts paying for training by surprise.
 */
public final class RetrainSchedule extends Construct {

    private final Rule rule;

    public RetrainSchedule(Construct scope, String id, TrainingConfig config, TrainingJobs jobs) {
        super(scope, id);
        this.rule = Rule.Builder.create(this, "Rule")
                .description(config.scheduleEnabled()
                        ? "Submits the Sentio retraining job: " + config.scheduleExpression()
                        : "Sentio retraining (disabled; deploy with -c retrainSchedule=\"rate(7 days)\")")
                .schedule(Schedule.expression(config.scheduleExpression()))
                .enabled(config.scheduleEnabled())
                .build();
        rule.addTarget(new BatchJob(
                jobs.queue().getJobQueueArn(), jobs.queue(),
                jobs.jobDefinition().getJobDefinitionArn(), jobs.jobDefinition(),
                BatchJobProps.builder()
                        .jobName("sentio-retrain")
                        .retryAttempts(2)
                        .maxEventAge(Duration.hours(2))
                        .build()));
    }

    public Rule rule() {
        return rule;
    }
}
