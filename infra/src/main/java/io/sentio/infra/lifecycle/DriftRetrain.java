package io.sentio.infra.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.events.EventField;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.events.targets.SfnStateMachine;
import software.amazon.awscdk.services.events.targets.SfnStateMachineProps;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.constructs.Construct;

/**
 * An EventBridge rule that starts the model lifecycle when a drift alarm (low-confidence share,
 * unknown-term share) goes to ALARM. Only the transition starts it, so an alarm that stays in ALARM
 * starts one retrain, not one per evaluation. The retrain trains on the configured data and its
 * quality gate still decides whether the result replaces {@code live}; a drift alarm that fires
 * while a lifecycle runs ends that new execution as a success ({@link SingleRun}).
 * Created only with {@code -c retrainOnDrift=true}.
 */
public final class DriftRetrain extends Construct {

    /** What CloudWatch sends to EventBridge when an alarm changes state. */
    static final String SOURCE = "aws.cloudwatch";
    static final String DETAIL_TYPE = "CloudWatch Alarm State Change";
    /** Marks the execution as started by drift (the input the schedule uses, with another trigger). */
    static final String TRIGGER = "drift";

    private final Rule rule;

    public DriftRetrain(Construct scope, String id, List<IAlarm> driftAlarms, IStateMachine lifecycle) {
        super(scope, id);
        this.rule = Rule.Builder.create(this, "Rule")
                .description("Starts the Sentio model lifecycle (retrain, gate, roll out) when a drift alarm fires")
                .eventPattern(EventPattern.builder()
                        .source(List.of(SOURCE))
                        .detailType(List.of(DETAIL_TYPE))
                        .resources(driftAlarms.stream().map(IAlarm::getAlarmArn).toList())
                        .detail(Map.of("state", Map.of("value", List.of("ALARM"))))
                        .build())
                .build();
        rule.addTarget(new SfnStateMachine(lifecycle, SfnStateMachineProps.builder()
                .input(RuleTargetInput.fromObject(new TreeMap<>(Map.of( // sorted: a stable template
                        "trigger", TRIGGER,
                        "alarm", EventField.fromPath("$.detail.alarmName")))))
                .retryAttempts(2)
                .maxEventAge(Duration.hours(2))
                .build()));
    }

    public Rule rule() {
        return rule;
    }
}
