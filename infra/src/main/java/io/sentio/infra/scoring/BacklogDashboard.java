package io.sentio.infra.scoring;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.constructs.Construct;

/**
 * One dashboard row for backlog scoring: parts and large-file row batches scored and failed, runs, the scoring function's
 * invocations, errors, throttles and duration, and the alarm.
 */
public final class BacklogDashboard extends Construct {

    public static final String NAME = "SentioBacklog";
    private static final Duration PERIOD = Duration.minutes(5);

    private final Dashboard dashboard;

    BacklogDashboard(Construct scope, String id, IStateMachine backlog, IFunction scoring, IAlarm alarm) {
        super(scope, id);
        this.dashboard = Dashboard.Builder.create(this, "Dashboard").dashboardName(NAME).build();
        dashboard.addWidgets(row(backlog, scoring, alarm).toArray(IWidget[]::new));
    }

    static List<IWidget> row(IStateMachine backlog, IFunction scoring, IAlarm alarm) {
        MetricOptions sum = MetricOptions.builder().statistic("Sum").period(PERIOD).build();
        return List.of(
                GraphWidget.Builder.create().title("Backlog parts (map items)").width(6)
                        .left(List.of(BacklogAlarm.itemMetric(backlog, "ExecutionsSucceeded"),
                                BacklogAlarm.itemMetric(backlog, "ExecutionsFailed"),
                                BacklogAlarm.itemMetric(backlog, "ExecutionsTimedOut")))
                        .build(),
                GraphWidget.Builder.create().title("Large-file row batches (map items)").width(6)
                        .left(List.of(
                                BacklogAlarm.itemMetric(backlog, BacklogStateMachine.CSV_ROWS_LABEL, "ExecutionsSucceeded"),
                                BacklogAlarm.itemMetric(backlog, BacklogStateMachine.CSV_ROWS_LABEL, "ExecutionsFailed"),
                                BacklogAlarm.itemMetric(backlog, BacklogStateMachine.JSONL_ROWS_LABEL,
                                        "ExecutionsSucceeded"),
                                BacklogAlarm.itemMetric(backlog, BacklogStateMachine.JSONL_ROWS_LABEL,
                                        "ExecutionsFailed")))
                        .build(),
                GraphWidget.Builder.create().title("Backlog runs").width(6)
                        .left(List.of(backlog.metricStarted(sum), backlog.metricSucceeded(sum),
                                backlog.metricFailed(sum)))
                        .build(),
                GraphWidget.Builder.create().title("Scoring function").width(6)
                        .left(List.of(scoring.metricInvocations(sum), scoring.metricErrors(sum),
                                scoring.metricThrottles(sum)))
                        .right(List.of(scoring.metricDuration(MetricOptions.builder().statistic("p99")
                                .period(PERIOD).build())))
                        .build(),
                AlarmStatusWidget.Builder.create().title("Backlog alarm").width(6).alarms(List.of(alarm)).build());
    }

    public Dashboard dashboard() {
        return dashboard;
    }
}
