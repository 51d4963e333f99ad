package io.sentio.infra.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.infra.lifecycle.LifecycleConfig;
import io.sentio.infra.monitoring.MonitoringConfig;
import io.sentio.infra.rollout.RolloutConfig;
import io.sentio.infra.serving.ApiConfig;
import io.sentio.infra.serving.FunctionConfig;
import io.sentio.infra.storage.StorageConfig;
import io.sentio.infra.training.TrainingConfig;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContextValuesTest {

    @Test
    void withoutContextEverySettingIsItsDocumentedDefault() {
        SentioConfig config = SentioConfig.from(ContextValues.of(Map.of()));
        assertThat(config).isEqualTo(new SentioConfig(StorageConfig.DEFAULTS, FunctionConfig.DEFAULTS,
                ApiConfig.DEFAULTS, RolloutConfig.DEFAULTS, MonitoringConfig.DEFAULTS, TrainingConfig.DEFAULTS,
                LifecycleConfig.DEFAULTS));
        assertThat(config.monitoring().apiP99LatencyMs()).isEqualTo(300);
        assertThat(config.function().memoryMb()).isEqualTo(1024);
        assertThat(config.api().openApi()).isFalse();
        assertThat(config.lifecycle().scheduleEnabled()).isFalse();
        assertThat(config.lifecycle().scheduleExpression()).isEqualTo("rate(7 days)");
        assertThat(config.function().modelUri("bucket")).isEqualTo("s3://bucket/models/reviews@live");
    }

    @Test
    void commandLineStringsAndCdkJsonValuesAreBothAccepted() {
        ContextValues fromCli = ContextValues.of(Map.of("memoryMb", "2048", "openApi", "true", "lowConfidenceShare", "0.3"));
        ContextValues fromJson = ContextValues.of(Map.of("memoryMb", 2048, "openApi", true, "lowConfidenceShare", 0.3));
        for (ContextValues context : new ContextValues[] {fromCli, fromJson}) {
            assertThat(FunctionConfig.from(context).memoryMb()).isEqualTo(2048);
            assertThat(ApiConfig.from(context).openApi()).isTrue();
            assertThat(MonitoringConfig.from(context).lowConfidenceShare()).isEqualTo(0.3);
        }
    }

    @Test
    void blankValuesMeanTheDefault() {
        ContextValues context = ContextValues.of(Map.of("retrainSchedule", " ", "alarmEmail", ""));
        assertThat(LifecycleConfig.from(context).retrainSchedule()).isEmpty();
        assertThat(MonitoringConfig.from(context).alarmEmail()).isEmpty();
    }

    @Test
    void choicesIgnoreCaseButComeBackAsListed() {
        ContextValues context = ContextValues.of(Map.of("logLevel", "debug", "deploymentConfig", "all_at_once"));
        assertThat(FunctionConfig.from(context).logLevel()).isEqualTo("DEBUG");
        assertThat(RolloutConfig.from(context).deploymentConfig()).isEqualTo("ALL_AT_ONCE");
    }

    @Test
    void badValuesNameTheKeyTheRuleAndHowToSetIt() {
        assertThatThrownBy(() -> FunctionConfig.from(ContextValues.of(Map.of("memoryMb", "lots"))))
                .isInstanceOf(InvalidContextException.class)
                .hasMessage("context value 'memoryMb' must be an integer between 128 and 10240, got 'lots' "
                        + "(set it with: cdk synth -c memoryMb=...)");
        assertThatThrownBy(() -> FunctionConfig.from(ContextValues.of(Map.of("memoryMb", "100000"))))
                .hasMessageContaining("between 128 and 10240");
        assertThatThrownBy(() -> ApiConfig.from(ContextValues.of(Map.of("openApi", "maybe"))))
                .hasMessageContaining("'openApi' must be true or false");
        assertThatThrownBy(() -> FunctionConfig.from(ContextValues.of(Map.of("logRetentionDays", "31"))))
                .hasMessageContaining("'logRetentionDays' must be one of [1, 3, 5, 7, 14, 30, 60, 90, 180, 365] days");
        assertThatThrownBy(() -> new ContextValues(Map.of("x", "z")::get).oneOf("x", "a", Set.of("a", "b")))
                .hasMessageContaining("'x' must be one of");
    }

    @Test
    void trainingDataMustLieUnderTheDataPrefix() {
        assertThat(TrainingConfig.from(ContextValues.of(Map.of("trainingData", "data/imdb.tar.gz"))).dataKey())
                .isEqualTo("data/imdb.tar.gz");
        assertThatThrownBy(() -> TrainingConfig.from(ContextValues.of(Map.of("trainingData", "models/x"))))
                .hasMessageContaining("'trainingData' must be a key or prefix under data/");
    }

    @Test
    void retrainArgsAreMoreFlagsOfTheJobsCommandButNotThoseItSetsItself() {
        assertThat(TrainingConfig.DEFAULTS.command()).containsExactly("retrain");
        assertThat(TrainingConfig.from(ContextValues.of(Map.of("retrainArgs", " --multi-label  --epochs 5 ")))
                .command()).containsExactly("retrain", "--multi-label", "--epochs", "5");
        assertThatThrownBy(() -> TrainingConfig.from(ContextValues.of(Map.of("retrainArgs", "--store=s3://x/y"))))
                .hasMessageContaining("'retrainArgs' must be flags of sentio retrain other than --alias, --data, "
                        + "--store");
    }

    @Test
    void retrainScheduleMustBeAnEventBridgeExpression() {
        assertThat(LifecycleConfig.from(ContextValues.of(Map.of("retrainSchedule", "cron(0 3 ? * MON *)")))
                .retrainSchedule()).isEqualTo(Optional.of("cron(0 3 ? * MON *)"));
        assertThatThrownBy(() -> LifecycleConfig.from(ContextValues.of(Map.of("retrainSchedule", "weekly"))))
                .hasMessageContaining("'retrainSchedule' must be an EventBridge expression");
    }

    @Test
    void aPinnedModelUriReplacesTheAliasButMustNameTheServedStore() {
        FunctionConfig pinned = FunctionConfig.from(ContextValues.of(Map.of(
                "modelUri", "s3://sentio-models-1/models/reviews@7")));
        assertThat(pinned.modelUri("ignored")).isEqualTo("s3://sentio-models-1/models/reviews@7");
        for (String wrong : new String[] {"s3://b/models/reviews@7", "s3://bucket/models/other@7",
                "s3://bucket/data/reviews@7", "s3://bucket/models/reviews", "file:///srv/models/reviews@7"}) {
            assertThatThrownBy(() -> FunctionConfig.from(ContextValues.of(Map.of("modelUri", wrong))))
                    .as(wrong)
                    .hasMessageContaining("'modelUri' must be a version or alias in the model store, "
                            + "s3://<model bucket>/models/reviews@<version or alias>");
        }
        assertThat(FunctionConfig.from(ContextValues.of(Map.of("modelName", "tickets",
                "modelUri", "s3://bucket/models/tickets@live"))).modelUri("x")).endsWith("tickets@live");
    }

    @Test
    void rolloutKnowsHowLongItsTrafficShiftTakes() {
        assertThat(RolloutConfig.DEFAULTS.shiftMinutes()).isEqualTo(5);
        assertThat(RolloutConfig.from(ContextValues.of(Map.of("deploymentConfig", "ALL_AT_ONCE"))).shiftMinutes())
                .isZero();
        assertThat(RolloutConfig.from(ContextValues.of(Map.of("deploymentConfig",
                "LINEAR_10PERCENT_EVERY_3MINUTES"))).shiftMinutes()).isEqualTo(30);
        assertThat(RolloutConfig.from(ContextValues.of(Map.of("deploymentConfig",
                "LINEAR_10PERCENT_EVERY_1MINUTE"))).shiftMinutes()).isEqualTo(10);
    }
}
