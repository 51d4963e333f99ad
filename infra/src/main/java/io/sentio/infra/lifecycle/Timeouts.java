package io.sentio.infra.lifecycle;

import io.sentio.infra.rollout.RolloutConfig;
import io.sentio.infra.training.TrainingConfig;
import software.amazon.awscdk.Duration;

/**
 * How long each phase may take before the state machine gives up on it. Every wait loop also
 * counts its checks, so none can spin forever; the execution as a whole has the sum as its limit.
 *
 * @param retrainMinutes the Batch job: every attempt's timeout (set on the job definition), plus an
 *     hour to get capacity
 * @param canaryMinutes the CodeDeploy deployment: its traffic shift, plus half an hour
 */
record Timeouts(int retrainMinutes, int canaryMinutes) {

    static final Duration CONFIGURATION_POLL = Duration.seconds(5);
    static final int CONFIGURATION_CHECKS = 60;
    static final Duration SNAPSHOT_POLL = Duration.seconds(15);
    static final int SNAPSHOT_CHECKS = 60;
    static final Duration CANARY_POLL = Duration.seconds(30);

    static Timeouts of(TrainingConfig training, RolloutConfig rollout) {
        return new Timeouts(training.timeoutMinutes() * training.attempts() + 60, rollout.shiftMinutes() + 30);
    }

    int canaryChecks() {
        return (int) (canaryMinutes * 60 / CANARY_POLL.toSeconds().longValue());
    }

    /**
     * The whole execution: retrain, configuration update, snapshot, canary, the store's rollback after
     * a failed rollout ({@link StoreRollback#TIMEOUT}), and 15 minutes for the calls between.
     */
    Duration total() {
        long pollMinutes = (CONFIGURATION_POLL.toSeconds().longValue() * CONFIGURATION_CHECKS
                + SNAPSHOT_POLL.toSeconds().longValue() * SNAPSHOT_CHECKS) / 60;
        long storeRollbackMinutes = StoreRollback.TIMEOUT.toMinutes().longValue();
        return Duration.minutes(retrainMinutes + canaryMinutes + pollMinutes + storeRollbackMinutes + 15);
    }
}
