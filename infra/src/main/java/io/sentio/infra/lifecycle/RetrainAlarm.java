package io.sentio.infra.lifecycle;

import io.sentio.infra.monitoring.FailureSumAlarm;
import io.sentio.infra.monitoring.FailureSumAlarm.Term;
import java.util.List;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.constructs.Construct;

/**
 * Notifies the alarm topic when a lifecycle execution — scheduled or started by hand — fails, times
 * out or is aborted: a failed retrain, a result that could not be read, a model that failed its
 * snapshot or a canary that rolled back. A candidate refused by the quality gate is a success.
 */
public final class RetrainAlarm extends Construct {

    private final Alarm alarm;

    public RetrainAlarm(Construct scope, String id, IStateMachine lifecycle, ITopic topic) {
        super(scope, id);
        MetricOptions sum = MetricOptions.builder().statistic("Sum").period(FailureSumAlarm.PERIOD).build();
        this.alarm = FailureSumAlarm.create(this,
                "A Sentio model lifecycle execution (retrain, roll out) failed, timed out or was "
                        + "aborted: see its execution history (docs/LIFECYCLE.md, failure modes)",
                "unsuccessful executions",
                List.of(new Term("failed", lifecycle.metricFailed(sum)),
                        new Term("timedOut", lifecycle.metricTimedOut(sum)),
                        new Term("aborted", lifecycle.metricAborted(sum))),
                topic);
    }

    public IAlarm alarm() {
        return alarm;
    }
}
