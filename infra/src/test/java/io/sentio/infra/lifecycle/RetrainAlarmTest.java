package io.sentio.infra.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.infra.support.SynthesizedApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class RetrainAlarmTest {

    @Test
    void anUnsuccessfulExecutionNotifiesTheAlarmTopic() {
        Template lifecycle = SynthesizedApp.defaults().lifecycle();
        Map<String, Map<String, Object>> alarms = lifecycle.findResources("AWS::CloudWatch::Alarm");
        assertThat(alarms).hasSize(1);
        String alarm = SynthesizedApp.json(alarms.values().iterator().next());
        assertThat(alarm).contains("\"Expression\":\"failed + timedOut + aborted\"")
                .contains("\"MetricName\":\"ExecutionsFailed\"", "\"MetricName\":\"ExecutionsTimedOut\"",
                        "\"MetricName\":\"ExecutionsAborted\"")
                .contains("\"Name\":\"StateMachineArn\"");
        lifecycle.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "Threshold", 1,
                "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                "TreatMissingData", "notBreaching",
                "AlarmActions", List.of(Map.of("Fn::GetStackOutput", Match.objectLike(Map.of(
                        "StackName", "SentioServing",
                        "OutputName", Match.stringLikeRegexp(".*MonitoringAlarmTopic.*"))))))));
    }
}
