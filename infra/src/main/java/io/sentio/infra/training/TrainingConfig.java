package io.sentio.infra.training;

import io.sentio.infra.config.ContextValues;
import io.sentio.infra.config.InvalidContextException;
import io.sentio.infra.storage.BucketLayout;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Training job settings.
 *
 * @param retrainSchedule context {@code retrainSchedule}, e.g. {@code "rate(7 days)"} or
 *     {@code "cron(0 3 ? * MON *)"}; absent (default) leaves the schedule rule DISABLED
 * @param dataKey context {@code trainingData}, default {@code data/}: the object or prefix of the
 *     model bucket that jobs train on ({@code SENTIO_DATA_URI}); must lie under {@code data/}
 * @param vcpu context {@code trainingVcpu}, default 1: a Fargate vCPU size (0.25 to 16)
 * @param memoryMb context {@code trainingMemoryMb}, default 4096: must suit the vCPU size on Fargate
 * @param maxVcpus context {@code trainingMaxVcpus}, default 4: the compute environment's ceiling
 * @param timeoutMinutes context {@code trainingTimeoutMinutes}, default 120: a job is stopped after this
 * @param spot context {@code trainingSpot}, default false: run on Fargate Spot (cheaper, may be interrupted)
 */
public record TrainingConfig(
        Optional<String> retrainSchedule,
        String dataKey,
        double vcpu,
        int memoryMb,
        int maxVcpus,
        int timeoutMinutes,
        boolean spot) {

    /** The expression a disabled rule carries, so enabling it in the console does something sensible. */
    public static final String DISABLED_SCHEDULE_EXPRESSION = "rate(7 days)";
    public static final TrainingConfig DEFAULTS = new TrainingConfig(Optional.empty(), BucketLayout.DATA_PREFIX, 1, 4096, 4, 120, false);

    private static final Pattern SCHEDULE = Pattern.compile("(rate|cron)\\(.+\\)");

    public static TrainingConfig from(ContextValues context) {
        Optional<String> schedule = context.optionalString("retrainSchedule");
        if (schedule.isPresent() && !SCHEDULE.matcher(schedule.get()).matches()) {
            throw new InvalidContextException("retrainSchedule", schedule.get(),
                    "an EventBridge expression such as \"rate(7 days)\" or \"cron(0 3 ? * MON *)\"");
        }
        String dataKey = context.string("trainingData", DEFAULTS.dataKey());
        if (!dataKey.startsWith(BucketLayout.DATA_PREFIX) || dataKey.contains("..")) {
            throw new InvalidContextException("trainingData", dataKey,
                    "a key or prefix under data/ (the only prefix training jobs may read)");
        }
        return new TrainingConfig(
                schedule,
                dataKey,
                context.decimal("trainingVcpu", DEFAULTS.vcpu(), 0.25, 16),
                context.integer("trainingMemoryMb", DEFAULTS.memoryMb(), 512, 122_880),
                context.integer("trainingMaxVcpus", DEFAULTS.maxVcpus(), 1, 256),
                context.integer("trainingTimeoutMinutes", DEFAULTS.timeoutMinutes(), 5, 14 * 24 * 60),
                context.flag("trainingSpot", DEFAULTS.spot()));
    }

    public String scheduleExpression() {
        return retrainSchedule.orElse(DISABLED_SCHEDULE_EXPRESSION);
    }

    public boolean scheduleEnabled() {
        return retrainSchedule.isPresent();
    }
}
