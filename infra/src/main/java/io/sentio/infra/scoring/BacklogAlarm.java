package io.sentio.infra.scoring;

import io.sentio.infra.monitoring.FailureSumAlarm;
import io.sentio.infra.monitoring.FailureSumAlarm.Term;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
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

    static final Duration PERIOD = FailureSumAlarm.PERIOD;

    private final Alarm alarm;

    BacklogAlarm(Construct scope, String id, IStateMachine backlog, ITopic topic) {
        super(scope, id);
        MetricOptions sum = MetricOptions.builder().statistic("Sum").period(PERIOD).build();
        this.alarm = FailureSumAlarm.create(this,
                "Sentio backlog scoring: parts failed or a run failed; see the run's "
                        + BacklogStateMachine.MAP_RESULTS + "/ results and the scoring function's log (docs/DEPLOY.md)",
                "failed backlog parts and runs",
                List.of(new Term("failedItems", itemMetric(backlog, "ExecutionsFailed")),
                        new Term("timedOutItems", itemMetric(backlog, "ExecutionsTimedOut")),
                        new Term("failedRuns", backlog.metricFailed(sum)),
                        new Term("timedOutRuns", backlog.metricTimedOut(sum))),
                topic);
    }

    /** A metric of the map's child executions (one per batch of parts). */
    static Metric itemMetric(IStateMachine backlog, String name) {
        return Metric.Builder.create()
                .namespace("AWS/States")
                .metricName(name)
                .dimensionsMap(Map.of("StateMachineArn",
                        Fn.join("", List.of(backlog.getStateMachineArn(), "/" + BacklogStateMachine.MAP_LABEL))))
                .statistic("Sum")
                .period(PERIOD)
                .build();
    }

    public IAlarm alarm() {
        return alarm;
    }
}
