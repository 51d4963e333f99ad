package io.sentio.infra.lifecycle;

import io.sentio.infra.config.ContextValues;
import io.sentio.infra.config.InvalidContextException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When the model lifecycle (retrain, then roll the promoted model out to the function) runs on its own.
 *
 * @param retrainSchedule context {@code retrainSchedule}, e.g. {@code "rate(7 days)"} or
 *     {@code "cron(0 3 ? * MON *)"}; absent (default) leaves the schedule rule DISABLED, so the
 *     lifecycle only runs when started by hand
 * @param retrainOnDrift context {@code retrainOnDrift}, default false: when true, a drift alarm
 *     (low-confidence share, unknown-term share) going to ALARM starts the lifecycle; its quality
 *     gate still decides whether the retrained model replaces {@code live}
 */
public record LifecycleConfig(Optional<String> retrainSchedule, boolean retrainOnDrift) {

    /** The expression a disabled rule carries, so enabling it in the console does something sensible. */
    public static final String DISABLED_SCHEDULE_EXPRESSION = "rate(7 days)";
    public static final LifecycleConfig DEFAULTS = new LifecycleConfig(Optional.empty(), false);

    private static final Pattern SCHEDULE = Pattern.compile("(rate|cron)\\(.+\\)");

    public static LifecycleConfig from(ContextValues context) {
        Optional<String> schedule = context.optionalString("retrainSchedule");
        if (schedule.isPresent() && !SCHEDULE.matcher(schedule.get()).matches()) {
            throw new InvalidContextException("retrainSchedule", schedule.get(),
                    "an EventBridge expression such as \"rate(7 days)\" or \"cron(0 3 ? * MON *)\"");
        }
        return new LifecycleConfig(schedule, context.flag("retrainOnDrift", DEFAULTS.retrainOnDrift()));
    }

    public String scheduleExpression() {
        return retrainSchedule.orElse(DISABLED_SCHEDULE_EXPRESSION);
    }

    public boolean scheduleEnabled() {
        return retrainSchedule.isPresent();
    }
}
