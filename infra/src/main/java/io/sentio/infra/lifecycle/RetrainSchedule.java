package io.sentio.infra.lifecycle;

import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.SfnStateMachine;
import software.amazon.awscdk.services.events.targets.SfnStateMachineProps;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.constructs.Construct;

/**
 * An EventBridge rule that starts the model lifecycle periodically, so a scheduled retrain is also
 * rolled out (or refused) like one started by hand. It always exists but stays DISABLED unless
 * {@code -c retrainSchedule="rate(7 days)"} (or a cron expression) is given, so a deployment never
 * starts paying for training by surprise.
 */
public final class RetrainSchedule extends Construct {

    /** The execution input: the defaults (retrain on the configured data), marked as scheduled. */
    static final Map<String, Object> INPUT = Map.of("trigger", "schedule");

    private final Rule rule;

    public RetrainSchedule(Construct scope, String id, LifecycleConfig config, IStateMachine lifecycle) {
        super(scope, id);
        this.rule = Rule.Builder.create(this, "Rule")
                .description(config.scheduleEnabled()
                        ? "Starts the Sentio model lifecycle (retrain, roll out): " + config.scheduleExpression()
                        : "Sentio model lifecycle (disabled; deploy with -c retrainSchedule=\"rate(7 days)\")")
                .schedule(Schedule.expression(config.scheduleExpression()))
                .enabled(config.scheduleEnabled())
                .build();
        rule.addTarget(new SfnStateMachine(lifecycle, SfnStateMachineProps.builder()
                .input(RuleTargetInput.fromObject(INPUT))
                .retryAttempts(2)
                .maxEventAge(Duration.hours(2))
                .build()));
    }

    public Rule rule() {
        return rule;
    }
}
