package io.sentio.infra.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.infra.support.IamStatements;
import io.sentio.infra.support.SynthesizedApp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The state machine's role may touch this function, this deployment group, this job queue and
 * definition and the one result record: nothing else. Wildcards only where AWS offers no
 * resource-level permissions (logs delivery, X-Ray, batch:DescribeJobs) or the names are not known
 * in advance (the function's versions, Batch job IDs).
 */
class LifecycleIamTest {

    private static final String FUNCTION_ARN = "{\"Fn::GetStackOutput\":{\"StackName\":\"SentioServing\","
            + "\"Region\":{\"Ref\":\"AWS::Region\"},\"OutputName\":\"PublishOutputFnGetAttPredictionFunctionArn";
    private static final Set<String> WITHOUT_RESOURCE_LEVEL_PERMISSIONS = Set.of(
            "batch:DescribeJobs", "logs:CreateLogDelivery", "logs:DeleteLogDelivery", "logs:DescribeLogGroups",
            "logs:DescribeResourcePolicies", "logs:GetLogDelivery", "logs:ListLogDeliveries",
            "logs:PutResourcePolicy", "logs:UpdateLogDelivery", "xray:GetSamplingRules", "xray:GetSamplingTargets",
            "xray:PutTelemetryRecords", "xray:PutTraceSegments");

    private static List<Map<String, Object>> statements;

    @BeforeAll
    static void synthesize() {
        SynthesizedApp app = SynthesizedApp.defaults();
        String role = SynthesizedApp.logicalId(app.stacks().lifecycle().lifecycle().stateMachine().getRole());
        statements = IamStatements.ofRole(app.lifecycle(), role);
    }

    private static List<Map<String, Object>> allowing(String prefix) {
        return statements.stream()
                .filter(statement -> "Allow".equals(statement.get("Effect")))
                .filter(statement -> IamStatements.actions(statement).stream().anyMatch(a -> a.startsWith(prefix)))
                .toList();
    }

    @Test
    void onlyActionsTheLifecycleCalls() {
        assertThat(statements.stream().flatMap(s -> IamStatements.actions(s).stream())).allSatisfy(action ->
                assertThat(action).isIn(union(WITHOUT_RESOURCE_LEVEL_PERMISSIONS, Set.of(
                        "s3:GetObject", "batch:SubmitJob", "batch:TerminateJob", "states:ListExecutions",
                        "events:PutTargets", "events:PutRule", "events:DescribeRule",
                        "lambda:GetFunctionConfiguration", "lambda:UpdateFunctionConfiguration",
                        "lambda:PublishVersion", "lambda:GetAlias",
                        "codedeploy:CreateDeployment", "codedeploy:GetDeployment", "codedeploy:StopDeployment",
                        "codedeploy:GetDeploymentConfig", "codedeploy:RegisterApplicationRevision",
                        "codedeploy:GetApplicationRevision"))));
    }

    @Test
    void everyResourceWildcardIsOneThatCannotBeAvoided() {
        statements.stream().filter(s -> "Allow".equals(s.get("Effect"))).forEach(statement -> {
            List<String> resources = IamStatements.resources(statement);
            if (resources.contains("\"*\"")) {
                assertThat(IamStatements.actions(statement)).isSubsetOf(WITHOUT_RESOURCE_LEVEL_PERMISSIONS);
            }
        });
    }

    @Test
    void readsOnlyTheResultRecord() {
        assertThat(allowing("s3:")).singleElement().satisfies(statement -> {
            assertThat(IamStatements.actions(statement)).containsExactly("s3:GetObject");
            assertThat(IamStatements.resources(statement)).singleElement().asString()
                    .endsWith(",\"/models/reviews/retrain/latest.json\"]]}");
        });
    }

    @Test
    void touchesOnlyThePredictionFunctionItsVersionsAndItsAlias() {
        assertThat(allowing("lambda:")).isNotEmpty().allSatisfy(statement ->
                assertThat(IamStatements.resources(statement)).allSatisfy(resource -> assertThat(resource)
                        .satisfiesAnyOf(
                                r -> assertThat(r).startsWith(FUNCTION_ARN).endsWith("\"}}"),
                                r -> assertThat(r).startsWith("{\"Fn::Join\":[\"\",[" + FUNCTION_ARN)
                                        .endsWith("\"}},\":*\"]]}"),
                                r -> assertThat(r).startsWith("{\"Fn::Join\":[\"\",[" + FUNCTION_ARN)
                                        .endsWith("\"}},\":live\"]]}"))));
        assertThat(allowing("lambda:UpdateFunctionConfiguration")).allSatisfy(statement ->
                assertThat(IamStatements.resources(statement)).singleElement().asString().startsWith(FUNCTION_ARN));
    }

    @Test
    void deploysOnlyThroughTheRolloutDeploymentGroup() {
        assertThat(allowing("codedeploy:")).isNotEmpty().allSatisfy(statement ->
                assertThat(IamStatements.resources(statement)).singleElement().asString().satisfiesAnyOf(
                        r -> assertThat(r).contains(":deploymentgroup:").contains("RolloutDeploymentGroup"),
                        r -> assertThat(r).contains(":application:").contains("RolloutDeploymentGroupApplication"),
                        r -> assertThat(r).endsWith(":deploymentconfig:CodeDeployDefault.LambdaCanary10Percent5Minutes\"]]}")));
    }

    @Test
    void listsOnlyItsOwnExecutions() {
        assertThat(allowing("states:")).singleElement().satisfies(statement ->
                assertThat(IamStatements.resources(statement)).singleElement().asString()
                        .endsWith(":stateMachine:sentio-model-lifecycle\"]]}"));
    }

    @Test
    void submitsOnlyTheTrainingJobDefinitionToTheTrainingQueue() {
        assertThat(statements).filteredOn(s -> "Deny".equals(s.get("Effect"))).singleElement().satisfies(deny -> {
            assertThat(IamStatements.actions(deny)).containsExactly("batch:SubmitJob");
            String except = SynthesizedApp.json(deny.get("NotResource"));
            assertThat(except).contains(":job-definition/sentio-retrain\"]]}")
                    .contains(":job-definition/sentio-retrain:*\"]]}")
                    .contains("PublishOutputFnGetAttJobsJobQueue");
        });
        assertThat(allowing("batch:TerminateJob")).singleElement().satisfies(statement ->
                assertThat(IamStatements.resources(statement)).singleElement().asString().endsWith(":job/*\"]]}"));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
