package io.sentio.infra.lifecycle;

import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.stepfunctions.Choice;
import software.amazon.awscdk.services.stepfunctions.Condition;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.Pass;
import software.amazon.awscdk.services.stepfunctions.Result;
import software.amazon.awscdk.services.stepfunctions.State;
import software.amazon.awscdk.services.stepfunctions.TaskStateBase;
import software.amazon.awscdk.services.stepfunctions.Wait;
import software.amazon.awscdk.services.stepfunctions.WaitTime;
import software.constructs.Construct;

/**
 * Wait, check, decide — with a limit. States {@code Poll<name>} (zero the counter),
 * {@code WaitFor<name>}, the check task, {@code <name>Outcome} (the given conditions in order, then
 * the limit) and {@code Count<name>Checks}. The counter lives at {@code $.poll.checks}; the check
 * must write its result under {@code $.poll.result}. Errors of the check go to {@code failures}.
 */
final class PollLoop {

    static final String RESULT = "$.poll.result";

    private final Pass start;
    private final Pass count;
    private final Choice outcome;
    private final int maxChecks;

    PollLoop(Construct scope, String name, Duration interval, int maxChecks, TaskStateBase check, Failures failures) {
        this.maxChecks = maxChecks;
        this.start = Pass.Builder.create(scope, "Poll" + name)
                .result(Result.fromObject(Map.of("checks", 0)))
                .resultPath("$.poll")
                .build();
        Wait wait = Wait.Builder.create(scope, "WaitFor" + name).time(WaitTime.duration(interval)).build();
        this.count = Pass.Builder.create(scope, "Count" + name + "Checks")
                .parameters(Map.of("checks", JsonPath.mathAdd(JsonPath.numberAt("$.poll.checks"), 1)))
                .resultPath("$.poll")
                .build();
        this.outcome = Choice.Builder.create(scope, name + "Outcome").build();
        failures.guard(check);
        start.next(wait).next(check).next(outcome);
        count.next(wait);
    }

    PollLoop when(Condition condition, IChainable next) {
        outcome.when(condition, next);
        return this;
    }

    /** Closes the loop: after {@code maxChecks} undecided checks go to {@code next}; returns the entry state. */
    State orAfterLimit(IChainable next) {
        outcome.when(Condition.numberGreaterThanEquals("$.poll.checks", maxChecks), next).otherwise(count);
        return start;
    }

    static String result(String field) {
        return RESULT + "." + field;
    }
}
