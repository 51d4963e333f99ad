package io.sentio.infra.lifecycle;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.constructs.Construct;

/**
 * Notifies the alarm topic when a lifecycle execution — scheduled or started by hand — fails, times
 * out or is aborted: a failed retrain, a result that could not be read, a model that failed its
 * snapshot or a canary that rolled back. A candidate refused by the quality gate is a success.
 */
public final class RetrainAlarm extends Construct {

    private static final Duration PERIOD = Duration.minutes(5);

    private final Alarm alarm;

    public RetrainAlarm(Construct scope, String id, IStateMachine lifecycle, ITopic topic) {
        super(scope, id);
        MetricOptions sum = MetricOptions.builder().statistic("Sum").period(PERIOD).build();
        this.alarm = Alarm.Builder.create(this, "Alarm")
                .alarmDescription("A Sentio model lifecycle execution (retrain, roll out) failed, timed out or was "
                        + "aborted: see its execution history (docs/LIFECYCLE.md, failure modes)")
                .metric(MathExpression.Builder.create()
                        .expression("failed + timedOut + aborted")
                        .usingMetrics(new TreeMap<>(Map.of(
                                "failed", lifecycle.metricFailed(sum),
                                "timedOut", lifecycle.metricTimedOut(sum),
                                "aborted", lifecycle.metricAborted(sum))))
                        .label("unsuccessful executions")
                        .period(PERIOD)
                        .build())
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .threshold(1)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        SnsAction notify = new SnsAction(topic);
        alarm.addAlarmAction(notify);
        alarm.addOkAction(notify);
    }

    public IAlarm alarm() {
        return alarm;
    }
}
