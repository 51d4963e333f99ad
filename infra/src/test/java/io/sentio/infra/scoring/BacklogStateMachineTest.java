package io.sentio.infra.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.infra.support.StateMachineDefinition;
import io.sentio.infra.support.SynthesizedApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

/** The backlog state machine as synthesized: a Distributed Map over an S3 prefix, fanned out to the scoring function. */
class BacklogStateMachineTest {

    private static StateMachineDefinition definition(SynthesizedApp app) {
        return StateMachineDefinition.of(app.scoring());
    }

    @Test
    void plansThenScoresEveryPartOnADistributedMapThenSummarises() {
        StateMachineDefinition definition = definition(SynthesizedApp.defaults());
        assertThat(definition.startAt()).isEqualTo("Plan");
        assertThat(definition.successors("Plan")).containsExactly("InputShape");
        assertThat(definition.successors("InputShape"))
                .containsExactlyInAnyOrder("ScoreParts", "ScoreCsvRows", "ScoreJsonlRows");
        assertThat(definition.state("InputShape").get("Default").asText()).isEqualTo("ScoreParts");
        assertThat(definition.successors("ScoreParts")).containsExactly("Summarise");
        assertThat(definition.successors("ScoreCsvRows")).containsExactly("Summarise");
        assertThat(definition.successors("ScoreJsonlRows")).containsExactly("Summarise");
        assertThat(definition.state("Plan").get("Parameters").get("action").asText()).isEqualTo("plan");
        assertThat(definition.state("Plan").get("Parameters").get("execution.$").asText()).isEqualTo("$");
        assertThat(definition.state("Plan").get("ResultPath").asText()).isEqualTo("$.plan");
        assertThat(definition.state("Summarise").get("Parameters").get("action").asText()).isEqualTo("summarise");
        assertThat(definition.state("Summarise").get("Parameters").get("output.$").asText())
                .isEqualTo("$.plan.output");
        assertThat(definition.resource("Plan")).contains("ScoringFunctionLiveAlias");
        assertThat(definition.resource("Summarise")).contains("ScoringFunctionLiveAlias");
        assertThat(definition.timeoutSeconds()).isEqualTo(48 * 3600);
    }

    @Test
    void theMapRunsDistributedListingTheInputPrefixInBatchesWithBoundedConcurrency() {
        JsonNode map = definition(SynthesizedApp.defaults()).state("ScoreParts");
        assertThat(map.get("Type").asText()).isEqualTo("Map");
        assertThat(map.get("ItemProcessor").get("ProcessorConfig").get("Mode").asText()).isEqualTo("DISTRIBUTED");
        assertThat(map.get("ItemProcessor").get("ProcessorConfig").get("ExecutionType").asText()).isEqualTo("STANDARD");
        assertThat(map.get("Label").asText()).isEqualTo(BacklogStateMachine.MAP_LABEL);
        JsonNode reader = map.get("ItemReader");
        assertThat(reader.get("Resource").asText()).endsWith(":states:::s3:listObjectsV2");
        assertThat(reader.get("Parameters").get("Prefix.$").asText()).isEqualTo("$.plan.inputPrefix");
        assertThat(reader.get("Parameters").get("Bucket").asText()).startsWith("<");
        JsonNode batcher = map.get("ItemBatcher");
        assertThat(batcher.get("MaxItemsPerBatch").asInt()).isEqualTo(1);
        assertThat(batcher.get("BatchInput").get("input.$").asText()).isEqualTo("$.plan.input");
        assertThat(batcher.get("BatchInput").get("output.$").asText()).isEqualTo("$.plan.output");
        assertThat(map.get("MaxConcurrency").asInt()).isEqualTo(20);
        assertThat(map.get("ToleratedFailurePercentage").asInt()).isEqualTo(5);
        JsonNode writer = map.get("ResultWriter");
        assertThat(writer.get("Resource").asText()).endsWith(":states:::s3:putObject");
        assertThat(writer.get("Parameters").get("Prefix").asText()).isEqualTo("backlog/out/_map-runs");
    }

    @Test
    void aFileInputIsReadRowByRowByTheMapsCsvOrJsonlReaderAndBatchedForTheFunction() {
        StateMachineDefinition definition = definition(SynthesizedApp.defaults());
        JsonNode choices = definition.state("InputShape").get("Choices");
        assertThat(choices.get(0).toString()).contains("\"Variable\":\"$.plan.shape\",\"StringEquals\":\"file\"")
                .contains("\"Variable\":\"$.plan.format\",\"StringEquals\":\"csv\"");
        assertThat(choices.get(0).get("Next").asText()).isEqualTo("ScoreCsvRows");
        assertThat(choices.get(1).toString()).contains("\"StringEquals\":\"jsonl\"");
        assertThat(choices.get(1).get("Next").asText()).isEqualTo("ScoreJsonlRows");

        JsonNode csv = definition.state("ScoreCsvRows");
        JsonNode reader = csv.get("ItemReader");
        assertThat(reader.get("Resource").asText()).endsWith(":states:::s3:getObject");
        assertThat(reader.get("ReaderConfig").toString())
                .isEqualTo("{\"InputType\":\"CSV\",\"CSVHeaderLocation\":\"FIRST_ROW\"}");
        assertThat(reader.get("Parameters").get("Key.$").asText()).isEqualTo("$.plan.key");
        assertThat(definition.state("ScoreJsonlRows").get("ItemReader").get("ReaderConfig").get("InputType").asText())
                .isEqualTo("JSONL");
        for (String name : List.of("ScoreCsvRows", "ScoreJsonlRows")) {
            JsonNode map = definition.state(name);
            assertThat(map.get("Label").asText()).isEqualTo(name);
            assertThat(map.get("ItemProcessor").get("ProcessorConfig").get("Mode").asText()).isEqualTo("DISTRIBUTED");
            assertThat(map.get("ItemSelector").toString())
                    .isEqualTo("{\"index.$\":\"$$.Map.Item.Index\",\"row.$\":\"$$.Map.Item.Value\"}");
            JsonNode batcher = map.get("ItemBatcher");
            assertThat(batcher.get("MaxItemsPerBatch").asInt()).isEqualTo(1000);
            assertThat(batcher.get("MaxInputBytesPerBatch").asInt()).isEqualTo(240 * 1024);
            assertThat(batcher.get("BatchInput").toString()).contains("\"file.$\":\"$.plan.input\"",
                    "\"format.$\":\"$.plan.format\"", "\"output.$\":\"$.plan.output\"");
            assertThat(map.get("MaxConcurrency").asInt()).isEqualTo(20);
            assertThat(map.get("ResultWriter").get("Parameters").get("Prefix").asText())
                    .isEqualTo("backlog/out/_map-runs");
            JsonNode processor = map.get("ItemProcessor");
            JsonNode invoke = processor.get("States").get(processor.get("StartAt").asText());
            assertThat(invoke.get("Resource").asText()).contains("ScoringFunctionLiveAlias");
            assertThat(invoke.has("Parameters")).as("the batch itself is the payload").isFalse();
        }
        assertThat(definition(SynthesizedApp.with(Map.of("scoringRowsPerInvocation", "250")))
                .state("ScoreCsvRows").get("ItemBatcher").get("MaxItemsPerBatch").asInt()).isEqualTo(250);
    }

    @Test
    void everyPartIsScoredThroughTheScoringAliasAndThrottlingIsRetriedWithBackoff() {
        JsonNode map = definition(SynthesizedApp.defaults()).state("ScoreParts");
        JsonNode scorePart = map.get("ItemProcessor").get("States").get("ScorePart");
        assertThat(scorePart.get("Resource").asText()).contains("ScoringFunctionLiveAlias");
        assertThat(scorePart.has("Parameters")).as("the batch itself is the payload").isFalse();
        JsonNode retry = scorePart.get("Retry").get(0);
        List<String> errors = new ArrayList<>();
        retry.get("ErrorEquals").forEach(e -> errors.add(e.asText()));
        assertThat(errors).contains("Lambda.TooManyRequestsException", "Lambda.ServiceException");
        assertThat(retry.get("BackoffRate").asDouble()).isEqualTo(2.0);
        assertThat(retry.get("MaxAttempts").asInt()).isEqualTo(6);
        assertThat(retry.get("JitterStrategy").asText()).isEqualTo("FULL");
    }

    @Test
    void concurrencyToleranceBatchAndPrefixesComeFromContext() {
        SynthesizedApp app = SynthesizedApp.with(Map.of("scoringMaxConcurrency", "50",
                "scoringToleratedFailurePercent", "0", "scoringPartsPerInvocation", "4",
                "scoringInputPrefix", "reviews/backlog/", "scoringOutputPrefix", "reviews/scored/",
                "scoringMemoryMb", "1769"));
        JsonNode map = definition(app).state("ScoreParts");
        assertThat(map.get("MaxConcurrency").asInt()).isEqualTo(50);
        assertThat(map.path("ToleratedFailurePercentage").asInt(0)).isZero();
        assertThat(map.get("ItemBatcher").get("MaxItemsPerBatch").asInt()).isEqualTo(4);
        assertThat(map.get("ResultWriter").get("Parameters").get("Prefix").asText()).isEqualTo("reviews/scored/_map-runs");
        app.scoring().hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "MemorySize", 1769,
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "SCORING_INPUT_URI", Match.anyValue(),
                        "SCORING_OUTPUT_URI", Match.anyValue()))))));
    }

    @Test
    void theScoringFunctionIsTheSameJarWithTheBacklogHandlerOnSnapStart() {
        SynthesizedApp.defaults().scoring().hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", ScoringFunction.HANDLER,
                "Runtime", "java21",
                "Timeout", 900,
                "MemorySize", 3538,
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"))));
        SynthesizedApp.defaults().scoring().hasResourceProperties("AWS::Lambda::Alias",
                Match.objectLike(Map.of("Name", "live")));
    }

    @Test
    void failedPartsRaiseAnAlarmAndTheDashboardHasTheBacklogRow() {
        SynthesizedApp.defaults().scoring().hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "Threshold", 1,
                "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                "AlarmActions", Match.anyValue())));
        String alarm = SynthesizedApp.json(SynthesizedApp.defaults().scoring()
                .findResources("AWS::CloudWatch::Alarm"));
        assertThat(alarm).contains("ExecutionsFailed");
        BacklogStateMachine.MAP_LABELS.forEach(label -> assertThat(alarm).contains("/" + label + "\""));
        String dashboard = SynthesizedApp.json(SynthesizedApp.defaults().scoring()
                .findResources("AWS::CloudWatch::Dashboard"));
        assertThat(dashboard).contains(BacklogDashboard.NAME).contains("Backlog parts (map items)")
                .contains("Large-file row batches (map items)")
                .contains("Scoring function");
    }
}
