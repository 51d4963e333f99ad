package io.sentio.infra.scoring;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.constructs.Construct;

/**
 * Notifies the alarm topic when backlog parts fail (a failed item of the Distributed Map, i.e. a part
 * that could not be scored after retries, even within the tolerated share) or a whole run fails (a
 * refused input, too many failed parts). Child executions of the map report under the state
 * machine's ARN plus {@code /ScoreParts}, the Map Run label.
 */
public final class BacklogAlarm extends Construct {

    static final Duration PERIOD = Duration.minutes(5);

    private final Alarm alarm;

    BacklogAlarm(Construct scope, String id, IStateMachine backlog, ITopic topic) {
        super(scope, id);
        MetricOptions sum = MetricOptions.builder().statistic("Sum").period(PERIOD).build();
        this.alarm = Alarm.Builder.create(this, "Alarm")
                .alarmDescription("Sentio backlog scoring: parts failed or a run failed; see the run's "
                        + BacklogStateMachine.MAP_RESULTS + "/ results and the scoring function's log (docs/DEPLOY.md)")
                .metric(MathExpression.Builder.create()
                        .expression("failedItems + timedOutItems + failedRuns + timedOutRuns")
                        .usingMetrics(new TreeMap<>(Map.of(
                                "failedItems", itemMetric(backlog, "ExecutionsFailed"),
                                "timedOutItems", itemMetric(backlog, "ExecutionsTimedOut"),
                                "failedRuns", backlog.metricFailed(sum),
                                "timedOutRuns", backlog.metricTimedOut(sum))))
                        .label("failed backlog parts and runs")
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

    /** A metric of the map's child executions (one per batch of parts). */
    static Metric itemMetric(IStateMachine backlog, String name) {
        return Metric.Builder.create()
                .namespace("AWS/States")
                .metricName(name)
                .dimensionsMap(Map.of("StateMachineArn",
                        Fn.join("", java.util.List.of(backlog.getStateMachineArn(), "/" + BacklogStateMachine.MAP_LABEL))))
                .statistic("Sum")
                .period(PERIOD)
                .build();
    }

    public IAlarm alarm() {
        return alarm;
    }
}
