package io.sentio.infra.lifecycle;

import io.sentio.infra.rollout.RolloutConfig;
import io.sentio.infra.training.TrainingConfig;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.sns.ITopic;
import java.util.List;
import software.constructs.Construct;

/**
 * The model lifecycle: the state machine that retrains and rolls a promoted model out to the
 * function, the (by default disabled) schedule that starts it, the (optional) rule that starts it
 * when a drift alarm fires, and the alarm on failed executions.
 * A stack of its own because it joins the other three: it uses the bucket, the Batch queue, the
 * function and its deployment group, while serving and training stay deployable without it.
 */
public final class LifecycleStack extends Stack {

    private final ModelLifecycle lifecycle;

    /**
     * {@code training} and {@code rollout} bound how long a retrain and a canary may take;
     * {@code driftAlarms} start it when {@link LifecycleConfig#retrainOnDrift()} says so.
     */
    public LifecycleStack(Construct scope, String id, LifecycleConfig config, RolloutTargets targets,
            TrainingConfig training, RolloutConfig rollout, ITopic alarmTopic, List<IAlarm> driftAlarms) {
        super(scope, id, StackProps.builder()
                .description("Sentio model lifecycle: retrain on Batch, roll a promoted model out to the function "
                        + "through the canary; schedule and retrain on drift disabled by default")
                .build());
        this.lifecycle = new ModelLifecycle(this, "Lifecycle", targets, Timeouts.of(training, rollout));
        RetrainSchedule schedule = new RetrainSchedule(this, "Retrain", config, lifecycle.stateMachine());
        RetrainAlarm alarm = new RetrainAlarm(this, "Failures", lifecycle.stateMachine(), alarmTopic);

        if (config.retrainOnDrift()) {
            DriftRetrain drift = new DriftRetrain(this, "RetrainOnDrift", driftAlarms, lifecycle.stateMachine());
            output("DriftRuleName", "EventBridge rule that starts the lifecycle when a drift alarm fires",
                    drift.rule().getRuleName());
        }

        String arn = lifecycle.stateMachine().getStateMachineArn();
        output("StateMachineArn", "The model lifecycle state machine (retrain, then roll out)", arn);
        output("StartCommand", "Retrain now and roll the result out (add --input '{\"modelUri\":\"s3://...@7\"}' "
                + "to roll out a stored version without retraining)",
                Fn.join("", List.of("aws stepfunctions start-execution --state-machine-arn ", arn)));
        output("RetrainRuleName", "EventBridge rule that starts the lifecycle (disabled unless retrainSchedule is set)",
                schedule.rule().getRuleName());
        output("FailureAlarmName", "Alarm on failed, timed-out or aborted lifecycle executions",
                alarm.alarm().getAlarmName());
        output("LogGroupName", "Execution log of the state machine (every state, with its data)",
                lifecycle.logs().getLogGroupName());
    }

    private void output(String id, String description, String value) {
        CfnOutput.Builder.create(this, id).description(description).value(value).build();
    }

    public ModelLifecycle lifecycle() {
        return lifecycle;
    }
}
