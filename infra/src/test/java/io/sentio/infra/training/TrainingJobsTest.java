package io.sentio.infra.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.infra.support.IamStatements;
import io.sentio.infra.support.SynthesizedApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class TrainingJobsTest {

    private static SynthesizedApp app;
    private static Template training;

    @BeforeAll
    static void synthesize() {
        app = SynthesizedApp.defaults();
        training = app.training();
    }

    @Test
    void runsOnAManagedFargateComputeEnvironmentBehindAJobQueue() {
        training.hasResourceProperties("AWS::Batch::ComputeEnvironment", Match.objectLike(Map.of(
                "Type", "managed",
                "ComputeResources", Match.objectLike(Map.of(
                        "Type", "FARGATE",
                        "MaxvCpus", 4,
                        "Subnets", Match.anyValue(),
                        "SecurityGroupIds", Match.anyValue())))));
        training.hasResourceProperties("AWS::Batch::JobQueue", Match.objectLike(Map.of(
                "ComputeEnvironmentOrder", List.of(Match.objectLike(Map.of("Order", 1))))));
    }

    @Test
    void jobDefinitionRetrainsWithTheTrainingImageOnFargate() {
        training.hasResourceProperties("AWS::Batch::JobDefinition", Match.objectLike(Map.of(
                "JobDefinitionName", "sentio-retrain",
                "Type", "container",
                "PlatformCapabilities", List.of("FARGATE"),
                "Timeout", Map.of("AttemptDurationSeconds", 7200),
                "ContainerProperties", Match.objectLike(Map.of(
                        "Image", Map.of("Fn::Sub", Match.stringLikeRegexp(
                                ".*cdk-hnb659fds-container-assets-\\$\\{AWS::AccountId}-\\$\\{AWS::Region}:[0-9a-f]{64}")),
                        "Command", List.of("retrain"),
                        "ResourceRequirements", List.of(
                                Map.of("Type", "MEMORY", "Value", "4096"),
                                Map.of("Type", "VCPU", "Value", "1")),
                        "NetworkConfiguration", Map.of("AssignPublicIp", "ENABLED"),
                        "JobRoleArn", Match.anyValue(),
                        "Environment", Match.arrayWith(List.of(
                                Map.of("Name", "SENTIO_ALIAS", "Value", "live"),
                                Match.objectLike(Map.of("Name", "SENTIO_DATA_URI")),
                                Match.objectLike(Map.of("Name", "SENTIO_STORE_URI")))))))));
    }

    @Test
    void jobReadsDataAndReadsAndWritesModelsOnly() {
        String role = SynthesizedApp.logicalId(app.stacks().training().jobs().jobRole());
        List<Map<String, Object>> s3 = IamStatements.ofRole(training, role).stream()
                .filter(IamStatements::touchesS3)
                .toList();
        assertThat(s3).allSatisfy(statement -> assertThat(IamStatements.actions(statement))
                .isSubsetOf("s3:GetObject", "s3:PutObject", "s3:ListBucket"));
        assertThat(s3).filteredOn(s -> IamStatements.actions(s).contains("s3:PutObject"))
                .singleElement()
                .satisfies(s -> assertThat(IamStatements.resources(s)).singleElement().asString()
                        .endsWith(",\"/models/*\"]]}"));
        assertThat(s3).filteredOn(s -> IamStatements.actions(s).contains("s3:GetObject"))
                .flatMap(IamStatements::resources)
                .hasSize(2)
                .anySatisfy(resource -> assertThat(resource).endsWith(",\"/data/*\"]]}"))
                .anySatisfy(resource -> assertThat(resource).endsWith(",\"/models/*\"]]}"));
        assertThat(s3).filteredOn(s -> IamStatements.actions(s).contains("s3:ListBucket"))
                .extracting(s -> s.get("Condition"))
                .containsExactlyInAnyOrder(
                        Map.of("StringLike", Map.of("s3:prefix", List.of("data/", "data/*"))),
                        Map.of("StringLike", Map.of("s3:prefix", List.of("models/", "models/*"))));
    }

    @Test
    void networkHasPublicSubnetsNoNatAndAnS3Endpoint() {
        training.resourceCountIs("AWS::EC2::VPC", 1);
        training.resourceCountIs("AWS::EC2::NatGateway", 0);
        training.resourceCountIs("AWS::EC2::Subnet", 2);
        training.hasResourceProperties("AWS::EC2::Subnet", Match.objectLike(Map.of("MapPublicIpOnLaunch", true)));
        training.hasResourceProperties("AWS::EC2::VPCEndpoint", Match.objectLike(Map.of(
                "VpcEndpointType", "Gateway")));
        training.hasResourceProperties("AWS::EC2::FlowLog", Match.objectLike(Map.of("TrafficType", "REJECT")));
        training.hasResourceProperties("AWS::EC2::SecurityGroup", Match.objectLike(Map.of(
                "GroupDescription", "Sentio training jobs: outbound only",
                "SecurityGroupIngress", Match.absent())));
    }

    @Test
    void outputsTheJobQueueAndDefinition() {
        training.hasOutput("JobQueueArn", Match.anyValue());
        training.hasOutput("JobDefinitionArn", Match.anyValue());
    }

    @Test
    void spotSizesAndRetrainFlagsComeFromTheContext() {
        Template custom = SynthesizedApp.customised().training();
        custom.hasResourceProperties("AWS::Batch::ComputeEnvironment", Match.objectLike(Map.of(
                "ComputeResources", Match.objectLike(Map.of("Type", "FARGATE_SPOT")))));
        custom.hasResourceProperties("AWS::Batch::JobDefinition", Match.objectLike(Map.of(
                "RetryStrategy", Match.objectLike(Map.of("Attempts", 3)))));
        assertThat(SynthesizedApp.json(custom.findResources("AWS::Batch::JobDefinition")))
                .contains("\"/data/reviews.csv.gz\"")
                .contains("\"/models/tickets\"");
        custom.hasResourceProperties("AWS::Batch::JobDefinition", Match.objectLike(Map.of(
                "ContainerProperties", Match.objectLike(Map.of("Command", List.of("retrain", "--multi-label",
                        "--text-column", "overview", "--label-column", "genres"))))));
    }
}
