package io.sentio.infra.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.infra.support.StateMachineDefinition;
import io.sentio.infra.support.SynthesizedApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class DriftRetrainTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> DRIFT_RULE = Map.of(
            "Properties", Match.objectLike(Map.of("EventPattern", Match.anyValue())));

    private static SynthesizedApp app;
    private static Template lifecycle;
    private static String stateMachine;

    @BeforeAll
    static void synthesize() {
        app = SynthesizedApp.customised();
        lifecycle = app.lifecycle();
        stateMachine = SynthesizedApp.logicalId(app.stacks().lifecycle().lifecycle().stateMachine());
    }

    @Test
    void noRuleUnlessRetrainOnDriftIsSet() {
        Template defaults = SynthesizedApp.defaults().lifecycle();
        assertThat(defaults.findResources("AWS::Events::Rule", Match.objectLike(DRIFT_RULE))).isEmpty();
        assertThat(defaults.findOutputs("DriftRuleName")).isEmpty();
        assertThat(defaults.findResources("AWS::Events::Rule")).hasSize(1); // the schedule
    }

    @Test
    void ruleMatchesExactlyTheDriftAlarmsGoingToAlarm() {
        JsonNode pattern = driftRule().path("Properties").path("EventPattern");
        assertThat(pattern.path("source").toString()).isEqualTo("[\"aws.cloudwatch\"]");
        assertThat(pattern.path("detail-type").toString()).isEqualTo("[\"CloudWatch Alarm State Change\"]");
        assertThat(pattern.path("detail").toString()).isEqualTo("{\"state\":{\"value\":[\"ALARM\"]}}");

        List<String> driftAlarmArns = app.stacks().serving().driftAlarms().stream()
                .map(alarm -> SynthesizedApp.logicalId(alarm))
                .toList();
        assertThat(driftAlarmArns).hasSize(2)
                .anyMatch(id -> id.contains("LowConfidenceShare"))
                .anyMatch(id -> id.contains("UnknownTermShare"));
        JsonNode resources = pattern.path("resources");
        assertThat(resources).hasSize(2);
        for (int i = 0; i < 2; i++) {
            // Weak cross-stack references: each names the serving stack's output of that alarm's ARN.
            JsonNode output = resources.get(i).path("Fn::GetStackOutput");
            assertThat(output.path("StackName").asText()).isEqualTo("SentioServing");
            assertThat(output.path("OutputName").asText()).contains(driftAlarmArns.get(i)).contains("Arn");
        }
    }

    @Test
    void startsTheLifecycleMarkedAsDriftWithTheAlarmName() {
        JsonNode target = driftRule().path("Properties").path("Targets").get(0);
        assertThat(target.path("Arn").path("Ref").asText()).isEqualTo(stateMachine);
        JsonNode transformer = target.path("InputTransformer");
        assertThat(transformer.path("InputPathsMap").toString()).contains("\"$.detail.alarmName\"");
        assertThat(transformer.path("InputTemplate").asText())
                .isEqualTo("{\"alarm\":<detail-alarmName>,\"trigger\":\"drift\"}");
        assertThat(target.path("RetryPolicy").toString())
                .isEqualTo("{\"MaximumEventAgeInSeconds\":7200,\"MaximumRetryAttempts\":2}");
    }

    @Test
    void itsRoleMayOnlyStartTheLifecycleStateMachine() {
        String role = driftRule().path("Properties").path("Targets").get(0).path("RoleArn")
                .path("Fn::GetAtt").get(0).asText();
        Map<String, Map<String, Object>> policies = lifecycle.findResources("AWS::IAM::Policy", Match.objectLike(Map.of(
                "Properties", Match.objectLike(Map.of("Roles", List.of(Map.of("Ref", role)))))));
        assertThat(policies.values()).singleElement().satisfies(policy -> assertThat(SynthesizedApp.json(policy))
                .contains("\"Statement\":[{\"Action\":\"states:StartExecution\",\"Effect\":\"Allow\","
                        + "\"Resource\":{\"Ref\":\"" + stateMachine + "\"}}]"));
        lifecycle.hasResourceProperties("AWS::IAM::Role", Match.objectLike(Map.of(
                "AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Principal", Map.of("Service", "events.amazonaws.com"),
                        "Action", "sts:AssumeRole"))))))));
    }

    @Test
    void aDriftAlarmDuringARunSucceedsInsteadOfFailing() {
        StateMachineDefinition definition = StateMachineDefinition.of(lifecycle);
        JsonNode first = definition.state("IsOnlyRun").path("Choices").get(0);
        assertThat(first.toString()).contains("\"Variable\":\"$.concurrency.running\",\"NumericGreaterThan\":1")
                .contains("\"Variable\":\"$.trigger\",\"StringEquals\":\"drift\"");
        assertThat(first.path("Next").asText()).isEqualTo("DriftAlreadyBeingAnswered");
        assertThat(definition.type("DriftAlreadyBeingAnswered")).isEqualTo("Succeed");
        assertThat(definition.choiceTarget("IsOnlyRun", "$.concurrency.running", "NumericGreaterThan", "1"))
                .isEqualTo("AlreadyRunning");
    }

    private static JsonNode driftRule() {
        Map<String, Map<String, Object>> rules = lifecycle.findResources("AWS::Events::Rule", Match.objectLike(DRIFT_RULE));
        assertThat(rules).hasSize(1);
        return JSON.valueToTree(rules.values().iterator().next());
    }
}
