package io.sentio.infra.training;

import io.sentio.infra.support.SynthesizedApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

class RetrainScheduleTest {

    @Test
    void scheduleExistsButIsDisabledByDefault() {
        SynthesizedApp.defaults().training().hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "State", "DISABLED",
                "ScheduleExpression", "rate(7 days)",
                "Targets", List.of(Match.objectLike(Map.of(
                        "Arn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("JobsJobQueue.*"), "JobQueueArn")),
                        "BatchParameters", Match.objectLike(Map.of(
                                "JobDefinition", Map.of("Ref", Match.stringLikeRegexp("JobsJobDefinition.*")),
                                "JobName", "sentio-retrain"))))))));
    }

    @Test
    void retrainScheduleFlagEnablesItWithTheGivenExpression() {
        SynthesizedApp.customised().training().hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "State", "ENABLED",
                "ScheduleExpression", "rate(1 day)")));
    }
}
