package io.sentio.infra.scoring;

import static io.sentio.infra.scoring.BacklogStateMachine.CSV_ROWS_LABEL;
import static io.sentio.infra.scoring.BacklogStateMachine.JSONL_ROWS_LABEL;

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
 * Notifies the alarm topic when backlog parts or row batches fail (a failed item of a Distributed
 * Map, i.e. a part or a batch of one large file's rows that could not be scored after retries, even
 * within the tolerated share) or a whole run fails (a refused input, too many failed items). Child
 * executions of a map report under the state machine's ARN plus {@code /<Map Run label>}
 * ({@code ScoreParts}, {@code ScoreCsvRows}, {@code ScoreJsonlRows}).
 */
public final class BacklogAlarm extends Construct {

    static final Duration PERIOD = FailureSumAlarm.PERIOD;

    private final Alarm alarm;

    BacklogAlarm(Construct scope, String id, IStateMachine backlog, ITopic topic) {
        super(scope, id);
        MetricOptions sum = MetricOptions.builder().statistic("Sum").period(PERIOD).build();
        this.alarm = FailureSumAlarm.create(this,
                "Sentio backlog scoring: parts or row batches failed, or a run failed; see the run's "
                        + BacklogStateMachine.MAP_RESULTS + "/ results and the scoring function's log (docs/DEPLOY.md)",
                "failed backlog parts and runs",
                List.of(new Term("failedItems", itemMetric(backlog, "ExecutionsFailed")),
                        new Term("timedOutItems", itemMetric(backlog, "ExecutionsTimedOut")),
                        new Term("failedCsvBatches", itemMetric(backlog, CSV_ROWS_LABEL, "ExecutionsFailed")),
                        new Term("timedOutCsvBatches", itemMetric(backlog, CSV_ROWS_LABEL, "ExecutionsTimedOut")),
                        new Term("failedJsonlBatches", itemMetric(backlog, JSONL_ROWS_LABEL, "ExecutionsFailed")),
                        new Term("timedOutJsonlBatches", itemMetric(backlog, JSONL_ROWS_LABEL, "ExecutionsTimedOut")),
                        new Term("failedRuns", backlog.metricFailed(sum)),
                        new Term("timedOutRuns", backlog.metricTimedOut(sum))),
                topic);
    }

    /** A metric of the parts map's child executions (one per batch of parts). */
    static Metric itemMetric(IStateMachine backlog, String name) {
        return itemMetric(backlog, BacklogStateMachine.MAP_LABEL, name);
    }

    /** A metric of the child executions of the map labelled {@code label}. */
    static Metric itemMetric(IStateMachine backlog, String label, String name) {
        return Metric.Builder.create()
                .namespace("AWS/States")
                .metricName(name)
                .dimensionsMap(Map.of("StateMachineArn",
                        Fn.join("", List.of(backlog.getStateMachineArn(), "/" + label))))
                .statistic("Sum")
                .period(PERIOD)
                .build();
    }

    public IAlarm alarm() {
        return alarm;
    }
}
