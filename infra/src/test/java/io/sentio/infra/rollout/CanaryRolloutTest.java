package io.sentio.infra.rollout;

import io.sentio.infra.serving.PredictionFunction;
import io.sentio.infra.support.SynthesizedApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class CanaryRolloutTest {

    private static Template serving;

    @BeforeAll
    static void synthesize() {
        serving = SynthesizedApp.defaults().serving();
    }

    @Test
    void shiftsTenPercentForFiveMinutesThenTheRest() {
        serving.hasResourceProperties("AWS::CodeDeploy::DeploymentGroup", Match.objectLike(Map.of(
                "DeploymentConfigName", "CodeDeployDefault.LambdaCanary10Percent5Minutes")));
    }

    @Test
    void rollsBackOnFailureStopOrLatencyAndErrorAlarms() {
        serving.hasResourceProperties("AWS::CodeDeploy::DeploymentGroup", Match.objectLike(Map.of(
                "AutoRollbackConfiguration", Map.of(
                        "Enabled", true,
                        "Events", Match.arrayWith(List.of(
                                "DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_REQUEST", "DEPLOYMENT_STOP_ON_ALARM"))),
                "AlarmConfiguration", Map.of(
                        "Enabled", true,
                        "Alarms", List.of(
                                Map.of("Name", Map.of("Ref", Match.stringLikeRegexp("MonitoringAlarmsFunctionP99Duration.*"))),
                                Map.of("Name", Map.of("Ref", Match.stringLikeRegexp("MonitoringAlarmsApi5xxRate.*"))),
                                Map.of("Name", Map.of("Ref", Match.stringLikeRegexp("MonitoringAlarmsFunctionErrors.*"))))))));
    }

    @Test
    void deploymentsMoveTheLiveAlias() {
        serving.hasResource("AWS::Lambda::Alias", Match.objectLike(Map.of(
                "Properties", Match.objectLike(Map.of("Name", PredictionFunction.ALIAS_NAME)),
                "UpdatePolicy", Map.of("CodeDeployLambdaAliasUpdate", Map.of(
                        "ApplicationName", Match.anyValue(),
                        "DeploymentGroupName", Match.anyValue())))));
    }

    @Test
    void deploymentConfigComesFromTheContext() {
        SynthesizedApp.customised().serving().hasResourceProperties("AWS::CodeDeploy::DeploymentGroup",
                Match.objectLike(Map.of("DeploymentConfigName", "CodeDeployDefault.LambdaAllAtOnce")));
    }
}
