package io.sentio.infra.config;

import io.sentio.infra.lifecycle.LifecycleConfig;
import io.sentio.infra.monitoring.MonitoringConfig;
import io.sentio.infra.rollout.RolloutConfig;
import io.sentio.infra.serving.ApiConfig;
import io.sentio.infra.serving.FunctionConfig;
import io.sentio.infra.storage.StorageConfig;
import io.sentio.infra.training.TrainingConfig;

/**
 * Everything the app can be told through CDK context. Each part documents its keys and defaults;
 * docs/DEPLOY.md lists them all.
 */
public record SentioConfig(
        StorageConfig storage,
        FunctionConfig function,
        ApiConfig api,
        RolloutConfig rollout,
        MonitoringConfig monitoring,
        TrainingConfig training,
        LifecycleConfig lifecycle) {

    public static SentioConfig from(ContextValues context) {
        return new SentioConfig(
                StorageConfig.from(context),
                FunctionConfig.from(context),
                ApiConfig.from(context),
                RolloutConfig.from(context),
                MonitoringConfig.from(context),
                TrainingConfig.from(context),
                LifecycleConfig.from(context));
    }
}
