package io.sentio.infra.training;

import io.sentio.infra.config.ContextValues;
import io.sentio.infra.config.InvalidContextException;
import io.sentio.infra.storage.BucketLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Training job settings. (When jobs run on their own is the lifecycle's business:
 * {@code retrainSchedule} in {@link io.sentio.infra.lifecycle.LifecycleConfig}.)
 *
 * @param dataKey context {@code trainingData}, default {@code data/}: the object or prefix of the
 *     model bucket that jobs train on ({@code SENTIO_DATA_URI}); must lie under {@code data/}
 * @param vcpu context {@code trainingVcpu}, default 1: a Fargate vCPU size (0.25 to 16)
 * @param memoryMb context {@code trainingMemoryMb}, default 4096: must suit the vCPU size on Fargate
 * @param maxVcpus context {@code trainingMaxVcpus}, default 4: the compute environment's ceiling
 * @param timeoutMinutes context {@code trainingTimeoutMinutes}, default 120: a job is stopped after this
 * @param spot context {@code trainingSpot}, default false: run on Fargate Spot (cheaper, may be interrupted)
 * @param retrainArgs context {@code retrainArgs}, default none: more flags of {@code sentio retrain}, separated by
 *     spaces, e.g. {@code --multi-label --text-column overview --label-column genres} for a label-set model;
 *     not the ones the job sets from its environment ({@code --data}, {@code --store}, {@code --alias})
 */
public record TrainingConfig(
        String dataKey,
        double vcpu,
        int memoryMb,
        int maxVcpus,
        int timeoutMinutes,
        boolean spot,
        List<String> retrainArgs) {

    public static final TrainingConfig DEFAULTS = new TrainingConfig(BucketLayout.DATA_PREFIX, 1, 4096, 4, 120, false,
            List.of());
    /** Set by the job from its environment (docker-entrypoint.sh), from {@code trainingData} and the model's place. */
    private static final Set<String> SET_BY_THE_JOB = Set.of("--data", "--store", "--alias");

    public TrainingConfig {
        retrainArgs = List.copyOf(retrainArgs);
    }

    public static TrainingConfig from(ContextValues context) {
        String dataKey = context.string("trainingData", DEFAULTS.dataKey());
        if (!dataKey.startsWith(BucketLayout.DATA_PREFIX) || dataKey.contains("..")) {
            throw new InvalidContextException("trainingData", dataKey,
                    "a key or prefix under data/ (the only prefix training jobs may read)");
        }
        return new TrainingConfig(
                dataKey,
                context.decimal("trainingVcpu", DEFAULTS.vcpu(), 0.25, 16),
                context.integer("trainingMemoryMb", DEFAULTS.memoryMb(), 512, 122_880),
                context.integer("trainingMaxVcpus", DEFAULTS.maxVcpus(), 1, 256),
                context.integer("trainingTimeoutMinutes", DEFAULTS.timeoutMinutes(), 5, 14 * 24 * 60),
                context.flag("trainingSpot", DEFAULTS.spot()),
                retrainArgs(context.string("retrainArgs", "")));
    }

    private static List<String> retrainArgs(String value) {
        List<String> args = value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
        for (String arg : args) {
            if (SET_BY_THE_JOB.contains(arg.split("=", 2)[0])) {
                throw new InvalidContextException("retrainArgs", value, "flags of sentio retrain other than "
                        + String.join(", ", new TreeSet<>(SET_BY_THE_JOB)) + " (the job sets those: trainingData, "
                        + "modelName)");
            }
        }
        return args;
    }

    /** The job's command: {@code retrain} and the flags asked for. */
    public List<String> command() {
        List<String> command = new ArrayList<>(TrainingJobs.DEFAULT_COMMAND);
        command.addAll(retrainArgs);
        return List.copyOf(command);
    }

    /** How many times Batch runs a job before giving up: Spot capacity can be reclaimed mid-run. */
    public int attempts() {
        return spot ? 3 : 1;
    }
}
