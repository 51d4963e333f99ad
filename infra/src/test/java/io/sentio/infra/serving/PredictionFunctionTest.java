package io.sentio.infra.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.infra.support.IamStatements;
import io.sentio.infra.support.SynthesizedApp;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class PredictionFunctionTest {

    private static SynthesizedApp app;
    private static Template serving;
    private static Map<String, Object> function;

    @BeforeAll
    static void synthesize() {
        app = SynthesizedApp.defaults();
        serving = app.serving();
        function = serving.findResources("AWS::Lambda::Function").get(PredictionFunction.LOGICAL_ID);
    }

    @Test
    void runsTheFunctionJarOnJava21WithSnapStartOnPublishedVersions() {
        serving.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Runtime", "java21",
                "Handler", "io.sentio.function.ApiHandler::handleRequest",
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "MemorySize", 1024,
                "Timeout", 10,
                "Architectures", List.of("arm64"),
                "TracingConfig", Map.of("Mode", "Active"),
                "LoggingConfig", Match.objectLike(Map.of("LogFormat", "JSON")))));
    }

    @Test
    void samCanFindTheJarThroughTheAssetMetadata() {
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = (Map<String, Object>) function.get("Metadata");
        String assetPath = (String) metadata.get("aws:asset:path");
        assertThat(assetPath).endsWith(".jar");
        assertThat(metadata).containsEntry("aws:asset:property", "Code");
        assertThat(Files.isRegularFile(app.assemblyDirectory().resolve(assetPath))).isTrue();
    }

    @Test
    void tellsTheFunctionWhichModelToLoadAndHowToReport() {
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                function.get("Properties")).get("Environment")).get("Variables");
        assertThat(variables).containsOnlyKeys("MODEL_URI", "POWERTOOLS_SERVICE_NAME",
                "POWERTOOLS_METRICS_NAMESPACE", "POWERTOOLS_LOG_LEVEL", "REVIEW_SAMPLE_RATE");
        assertThat(variables)
                .containsEntry("POWERTOOLS_SERVICE_NAME", "sentio")
                .containsEntry("POWERTOOLS_METRICS_NAMESPACE", "Sentio")
                .containsEntry("POWERTOOLS_LOG_LEVEL", "INFO")
                .containsEntry("REVIEW_SAMPLE_RATE", "0");
        assertThat(SynthesizedApp.json(variables.get("MODEL_URI")))
                .startsWith("{\"Fn::Join\":[\"\",[\"s3://\",")
                .endsWith("\"/models/reviews@live\"]]}");
    }

    @Test
    void servesTheTryItPageOnlyWhenAskedFor() {
        Map<String, Object> withPage = SynthesizedApp.customised().serving().findResources("AWS::Lambda::Function")
                .get(PredictionFunction.LOGICAL_ID);

        assertThat(SynthesizedApp.json(function)).doesNotContain("TRY_IT_PAGE");
        assertThat(SynthesizedApp.json(withPage)).contains("\"TRY_IT_PAGE\":\"true\"");
    }

    @Test
    void forbidsExplanationsOnlyWhenAskedTo() {
        Map<String, Object> withoutExplanations = SynthesizedApp.customised().serving()
                .findResources("AWS::Lambda::Function").get(PredictionFunction.LOGICAL_ID);

        assertThat(SynthesizedApp.json(function)).doesNotContain("EXPLAIN_ENABLED");
        assertThat(SynthesizedApp.json(withoutExplanations)).contains("\"EXPLAIN_ENABLED\":\"false\"");
    }

    @Test
    void keepsItsLogsForThirtyDays() {
        serving.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
        assertThat(SynthesizedApp.json(function)).contains("\"LogGroup\":{\"Ref\":\"PredictionLogs");
    }

    @Test
    void isReachedThroughTheLiveAliasOfAPublishedVersion() {
        serving.resourceCountIs("AWS::Lambda::Version", 1);
        serving.hasResourceProperties("AWS::Lambda::Alias", Match.objectLike(Map.of(
                "Name", "live",
                "FunctionName", Map.of("Ref", PredictionFunction.LOGICAL_ID),
                "FunctionVersion", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp(
                        "PredictionFunctionCurrentVersion.*"), "Version")))));
    }

    @Test
    void roleCanReadTheModelPrefixAndNothingElseInTheBucket() {
        String role = SynthesizedApp.logicalId(app.stacks().serving().predictionFunction().function().getRole());
        List<Map<String, Object>> s3 = IamStatements.ofRole(serving, role).stream()
                .filter(IamStatements::touchesS3)
                .toList();

        assertThat(s3).isNotEmpty().allSatisfy(statement -> {
            assertThat(statement).containsEntry("Effect", "Allow");
            assertThat(IamStatements.actions(statement)).isSubsetOf("s3:GetObject", "s3:ListBucket");
        });
        assertThat(s3).filteredOn(s -> IamStatements.actions(s).contains("s3:GetObject"))
                .singleElement()
                .satisfies(s -> assertThat(IamStatements.resources(s))
                        .singleElement().asString().endsWith(",\"/models/*\"]]}"));
        assertThat(s3).filteredOn(s -> IamStatements.actions(s).contains("s3:ListBucket"))
                .singleElement()
                .satisfies(s -> assertThat(s.get("Condition")).isEqualTo(
                        Map.of("StringLike", Map.of("s3:prefix", List.of("models/", "models/*")))));
        serving.hasResourceProperties("AWS::IAM::Role", Match.objectLike(Map.of(
                "Description", Match.stringLikeRegexp("Sentio prediction function.*"),
                "ManagedPolicyArns", Match.absent())));
    }

    @Test
    void aNewModelRevisionPublishesANewVersionForTheCanary() {
        Template custom = SynthesizedApp.customised().serving();
        custom.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Description", "Sentio prediction API handler, model s3://example-bucket/models/tickets@7, "
                        + "model revision 7")));
        assertThat(custom.findResources("AWS::Lambda::Version").keySet())
                .doesNotContainAnyElementsOf(serving.findResources("AWS::Lambda::Version").keySet());
    }

    @Test
    void memoryAndArchitectureFollowTheContext() {
        SynthesizedApp.customised().serving().hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "MemorySize", 2048,
                "Architectures", List.of("x86_64"))));
    }

    @Test
    void aPinnedModelUriIsLoadedInsteadOfTheAlias() {
        Template custom = SynthesizedApp.customised().serving();
        assertThat(SynthesizedApp.json(custom.findResources("AWS::Lambda::Function").get(PredictionFunction.LOGICAL_ID)))
                .contains("\"MODEL_URI\":\"s3://example-bucket/models/tickets@7\"");
        custom.hasOutput("ModelUri", Match.objectLike(Map.of("Value", "s3://example-bucket/models/tickets@7")));
    }
}
