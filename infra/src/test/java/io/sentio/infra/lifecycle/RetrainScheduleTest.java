package io.sentio.infra.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.infra.support.SynthesizedApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class RetrainScheduleTest {

    private static Template lifecycle;
    private static String stateMachine;

    @BeforeAll
    static void synthesize() {
        SynthesizedApp app = SynthesizedApp.defaults();
        lifecycle = app.lifecycle();
        stateMachine = SynthesizedApp.logicalId(app.stacks().lifecycle().lifecycle().stateMachine());
    }

    @Test
    void scheduleStartsTheStateMachineSoAScheduledRetrainIsRolledOutToo() {
        lifecycle.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "Targets", List.of(Match.objectLike(Map.of(
                        "Arn", Map.of("Ref", stateMachine),
                        "Input", "{\"trigger\":\"schedule\"}",
                        "RoleArn", Match.anyValue(),
                        "RetryPolicy", Map.of("MaximumRetryAttempts", 2, "MaximumEventAgeInSeconds", 7200)))))));
    }

    @Test
    void scheduleExistsButIsDisabledByDefault() {
        lifecycle.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "State", "DISABLED",
                "ScheduleExpression", "rate(7 days)")));
    }

    @Test
    void theRuleMayOnlyStartThisStateMachine() {
        Map<String, Map<String, Object>> policies = lifecycle.findResources("AWS::IAM::Policy", Match.objectLike(Map.of(
                "Properties", Match.objectLike(Map.of("PolicyDocument", Match.objectLike(Map.of(
                        "Statement", List.of(Match.objectLike(Map.of("Action", "states:StartExecution"))))))))));
        assertThat(policies.values()).singleElement().satisfies(policy -> assertThat(SynthesizedApp.json(policy))
                .contains("\"Statement\":[{\"Action\":\"states:StartExecution\",\"Effect\":\"Allow\","
                        + "\"Resource\":{\"Ref\":\"" + stateMachine + "\"}}]"));
    }

    @Test
    void trainingNoLongerSubmitsJobsOnItsOwn() {
        SynthesizedApp.defaults().training().resourceCountIs("AWS::Events::Rule", 0);
    }

    @Test
    void retrainScheduleFlagEnablesItWithTheGivenExpression() {
        SynthesizedApp.customised().lifecycle().hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "State", "ENABLED",
                "ScheduleExpression", "rate(1 day)")));
    }
}
