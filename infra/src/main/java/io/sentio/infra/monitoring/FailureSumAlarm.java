package io.sentio.infra.monitoring;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * The alarm a state machine's unsuccessful runs deserve: the sum of some failure counts (failed,
 * timed-out, aborted executions or map items) over five minutes, firing on the first one and
 * notifying the topic when it fires and when it clears. No data means nothing failed.
 */
public final class FailureSumAlarm {

    /** The period of the sum; the counted metrics should use it too. */
    public static final Duration PERIOD = Duration.minutes(5);

    /** One summed count, named as it appears in the expression ({@code failed + timedOut}). */
    public record Term(String name, IMetric metric) {
    }

    private FailureSumAlarm() {
    }

    /** Adds the alarm as {@code scope}'s child {@code Alarm}, summing {@code terms} in the given order. */
    public static Alarm create(Construct scope, String description, String label, List<Term> terms, ITopic topic) {
        Map<String, IMetric> metrics = terms.stream()
                .collect(Collectors.toMap(Term::name, Term::metric, (a, b) -> a, TreeMap::new));
        Alarm alarm = Alarm.Builder.create(scope, "Alarm")
                .alarmDescription(description)
                .metric(MathExpression.Builder.create()
                        .expression(terms.stream().map(Term::name).collect(Collectors.joining(" + ")))
                        .usingMetrics(metrics)
                        .label(label)
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
        return alarm;
    }
}
