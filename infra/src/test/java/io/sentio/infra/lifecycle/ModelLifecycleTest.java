package io.sentio.infra.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.infra.support.StateMachineDefinition;
import io.sentio.infra.support.SynthesizedApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The lifecycle state machine, read back from the synthesized definition: retrain, read the result
 * record, decide, pin MODEL_URI, publish a version, run the canary, and restore on failure.
 */
class ModelLifecycleTest {

    private static final String BUCKET = "<Output:SentioStorage.";
    private static final String RESTORE = "RestoreFunctionConfiguration";
    private static final String STORE_ROLLBACK = "RollBackStoreAlias";
    private static final List<String> REJECTIONS = List.of("CanaryRolledBack", "CanaryTimedOut", "SnapshotFailed");

    private static Template lifecycle;
    private static StateMachineDefinition definition;

    @BeforeAll
    static void synthesize() {
        lifecycle = SynthesizedApp.defaults().lifecycle();
        definition = StateMachineDefinition.of(lifecycle);
    }

    @Test
    void runsOneAtATime() {
        assertThat(definition.startAt()).isEqualTo("ListRunningExecutions");
        assertThat(definition.resource("ListRunningExecutions")).endsWith(":states:::aws-sdk:sfn:listExecutions");
        assertThat(definition.state("ListRunningExecutions").path("Parameters").toString())
                .contains("\"StateMachineArn.$\":\"$$.StateMachine.Id\"").contains("\"StatusFilter\":\"RUNNING\"");
        assertThat(definition.choiceTarget("IsOnlyRun", "$.concurrency.running", "NumericGreaterThan", "1"))
                .isEqualTo("AlreadyRunning");
        assertThat(definition.state("IsOnlyRun").path("Default").asText()).isEqualTo("Defaults");
        lifecycle.hasResourceProperties("AWS::StepFunctions::StateMachine", Match.objectLike(Map.of(
                "StateMachineName", "sentio-model-lifecycle")));
    }

    @Test
    void readsTheRequestWithDefaultsThenRetrainsOrRollsOutAGivenModel() {
        assertThat(definition.state("Defaults").path("Result").path("data").asText())
                .startsWith("s3://" + BUCKET).endsWith("/data/");
        assertThat(definition.state("ReadRequest").path("Parameters").path("request.$").asText())
                .isEqualTo("States.JsonMerge($.defaults, $$.Execution.Input, false)");
        JsonNode rules = definition.state("RetrainOrRollOut").path("Choices");
        assertThat(rules.get(0).path("Variable").asText()).isEqualTo("$.request.modelUri");
        assertThat(rules.get(0).path("Next").asText()).isEqualTo("UseRequestedModel");
        assertThat(rules.get(1).path("StringMatches").asText()).startsWith("s3://" + BUCKET).endsWith("/data/*");
        assertThat(rules.get(1).path("Next").asText()).isEqualTo("NoteEarlierResult");
        assertThat(definition.state("RetrainOrRollOut").path("Default").asText()).isEqualTo("InvalidInput");
    }

    @Test
    void retrainsOnTheTrainingQueueAndWaitsForTheJob() {
        assertThat(definition.resource("Retrain")).endsWith(":states:::batch:submitJob.sync");
        JsonNode parameters = definition.state("Retrain").path("Parameters");
        assertThat(parameters.path("JobQueue").asText()).startsWith("<Output:SentioTraining.").contains("JobQueue");
        assertThat(parameters.path("JobDefinition").asText()).isEqualTo("sentio-retrain");
        assertThat(parameters.path("ContainerOverrides").path("Command").toString()).isEqualTo("[\"retrain\"]");
        assertThat(parameters.path("ContainerOverrides").path("Environment").toString())
                .contains("{\"Name\":\"SENTIO_DATA_URI\",\"Value.$\":\"$.request.data\"}")
                .contains("{\"Name\":\"SENTIO_ALIAS\",\"Value\":\"live\"}")
                .containsPattern("\\{\"Name\":\"SENTIO_STORE_URI\",\"Value\":\"s3://<Output:SentioStorage\\.[^>]+>/models/reviews\"}");
        // Exit code 3 (refused) fails the job too: the result record decides, so a failed job is read on.
        assertThat(definition.successors("Retrain")).containsOnly("ReadResult");
        assertThat(definition.resource("NoteEarlierResult")).endsWith(":states:::aws-sdk:s3:headObject");
        assertThat(definition.successors("NoteEarlierResult")).containsExactly("Retrain", "NoEarlierResult");
    }

    @Test
    void readsTheResultRecordTheJobWrote() {
        assertThat(definition.resource("ReadResult")).endsWith(":states:::aws-sdk:s3:getObject");
        JsonNode read = definition.state("ReadResult");
        assertThat(read.path("Parameters").path("Key").asText()).isEqualTo("models/reviews/retrain/latest.json");
        assertThat(read.path("Parameters").path("Bucket").asText()).startsWith(BUCKET);
        assertThat(read.path("ResultSelector").path("record.$").asText()).isEqualTo("States.StringToJson($.Body)");
        assertThat(read.path("ResultPath").asText()).isEqualTo("$.result");
        assertThat(definition.successors("ReadResult")).containsExactly("IsResultNew", "NoResultRecord");
        // A record left over from an earlier run (same ETag as before the job) is not acted on.
        assertThat(definition.state("IsResultNew").path("Choices").get(0).toString())
                .contains("\"Variable\":\"$.result.etag\",\"StringEqualsPath\":\"$.before.etag\",\"Next\":\"StaleResult\"");
    }

    @Test
    void choosesByTheRecordsStatus() {
        String status = "$.result.record.status";
        assertThat(definition.choiceTarget("RetrainOutcome", status, "StringEquals", "refused")).isEqualTo("NotPromoted");
        assertThat(definition.type("NotPromoted")).isEqualTo("Succeed");
        assertThat(definition.state("RetrainOutcome").path("Choices").get(1).toString())
                .contains("\"StringEquals\":\"promoted\"").contains("\"Next\":\"UsePromotedModel\"");
        assertThat(definition.state("RetrainOutcome").path("Default").asText()).isEqualTo("RetrainFailed");
        assertThat(definition.type("RetrainFailed")).isEqualTo("Fail");
        assertThat(definition.state("UsePromotedModel").path("Parameters").path("modelUri.$").asText())
                .isEqualTo("$.result.record.model_uri");
        assertThat(definition.state("IsModelInStore").path("Choices").get(1).path("StringMatches").asText())
                .startsWith("s3://" + BUCKET).endsWith("/models/reviews@*");
        assertThat(definition.state("IsModelInStore").path("Choices").get(1).path("Next").asText())
                .isEqualTo("ReadFunctionConfiguration");
    }

    @Test
    void pinsTheExactModelUriKeepingTheOtherVariables() {
        assertThat(definition.successors("ReadFunctionConfiguration")).containsExactly("PinModelUri");
        assertThat(definition.state("PinModelUri").path("Parameters").path("MODEL_URI.$").asText())
                .isEqualTo("$.rollout.modelUri");
        assertThat(definition.resource("UpdateFunctionConfiguration"))
                .endsWith(":states:::aws-sdk:lambda:updateFunctionConfiguration");
        JsonNode parameters = definition.state("UpdateFunctionConfiguration").path("Parameters");
        assertThat(parameters.path("Environment").path("Variables.$").asText())
                .isEqualTo("States.JsonMerge($.function.environment, $.pin, false)");
        assertThat(parameters.path("RevisionId.$").asText()).isEqualTo("$.function.revisionId");
        assertThat(parameters.path("FunctionName").asText()).startsWith("<Output:SentioServing.");
        String outcome = "ConfigurationUpdateOutcome";
        assertThat(definition.choiceTarget(outcome, "$.poll.result.status", "StringEquals", "Successful"))
                .isEqualTo("PublishVersion");
        assertThat(definition.state("GetConfigurationUpdateStatus").path("ResultSelector").path("status.$").asText())
                .isEqualTo("$.LastUpdateStatus");
    }

    @Test
    void publishesAVersionAndWaitsForItsSnapshot() {
        assertThat(definition.resource("PublishVersion")).endsWith(":states:::aws-sdk:lambda:publishVersion");
        assertThat(definition.state("GetVersionState").path("Parameters").path("Qualifier.$").asText())
                .isEqualTo("$.published.version");
        assertThat(definition.choiceTarget("VersionSnapshotOutcome", "$.poll.result.state", "StringEquals", "Active"))
                .isEqualTo("ReadLiveAlias");
        assertThat(definition.choiceTarget("VersionSnapshotOutcome", "$.poll.result.state", "StringEquals", "Failed"))
                .isEqualTo("SnapshotFailed");
    }

    @Test
    void shiftsTheAliasThroughTheCanaryDeploymentGroup() {
        assertThat(definition.resource("ReadLiveAlias")).endsWith(":states:::aws-sdk:lambda:getAlias");
        JsonNode spec = definition.state("BuildAppSpec").path("Parameters");
        JsonNode function = spec.path("Resources").get(0).path("PredictionFunction");
        assertThat(spec.path("version").asText()).isEqualTo("0.0");
        assertThat(function.path("Type").asText()).isEqualTo("AWS::Lambda::Function");
        assertThat(function.path("Properties").path("Alias").asText()).isEqualTo("live");
        assertThat(function.path("Properties").path("CurrentVersion.$").asText()).isEqualTo("$.live.version");
        assertThat(function.path("Properties").path("TargetVersion.$").asText()).isEqualTo("$.published.version");

        assertThat(definition.resource("StartCanary")).endsWith(":states:::aws-sdk:codedeploy:createDeployment");
        JsonNode deploy = definition.state("StartCanary").path("Parameters");
        assertThat(deploy.path("ApplicationName").asText()).startsWith("<Output:SentioServing.");
        assertThat(deploy.path("DeploymentGroupName").asText()).startsWith("<Output:SentioServing.");
        assertThat(deploy.path("Revision").path("RevisionType").asText()).isEqualTo("AppSpecContent");
        assertThat(deploy.path("Revision").path("AppSpecContent").path("Content.$").asText())
                .isEqualTo("States.JsonToString($.appspec)");
        // CodeDeploy refuses a deployment to the version the alias already serves.
        assertThat(definition.successors("IsVersionNew")).containsExactly("AlreadyServing", "BuildAppSpec");
    }

    @Test
    void pollsTheDeploymentUntilItSucceedsOrWasRolledBack() {
        assertThat(definition.resource("GetCanaryStatus")).endsWith(":states:::aws-sdk:codedeploy:getDeployment");
        String status = "$.poll.result.status";
        assertThat(definition.choiceTarget("CanaryOutcome", status, "StringEquals", "Succeeded")).isEqualTo("Summarize");
        assertThat(definition.successors("Summarize")).containsExactly("RolledOut");
        assertThat(definition.state("CanaryOutcome").path("Choices").get(1).toString())
                .contains("\"StringEquals\":\"Failed\"").contains("\"StringEquals\":\"Stopped\"")
                .contains("\"Next\":\"CanaryRolledBack\"");
        assertThat(definition.successors("CanaryRolledBack")).containsExactly("IsStoreRollbackDue");
        assertThat(definition.resource("StopCanary")).endsWith(":states:::aws-sdk:codedeploy:stopDeployment");
        assertThat(definition.state("StopCanary").path("Parameters").path("AutoRollbackEnabled").asBoolean()).isTrue();
    }

    @Test
    void everyWaitLoopHasALimit() {
        List<String> waits = definition.stateNames().stream().filter(name -> "Wait".equals(definition.type(name))).toList();
        assertThat(waits).containsExactlyInAnyOrder(
                "WaitForConfigurationUpdate", "WaitForVersionSnapshot", "WaitForCanary");
        Map<String, Integer> limits = Map.of("ConfigurationUpdate", 60, "VersionSnapshot", 60, "Canary", 70);
        limits.forEach((loop, checks) -> {
            assertThat(definition.state(loop + "Outcome").path("Choices").toString())
                    .as(loop).contains("{\"Variable\":\"$.poll.checks\",\"NumericGreaterThanEquals\":" + checks);
            assertThat(definition.state(loop + "Outcome").path("Default").asText()).isEqualTo("Count" + loop + "Checks");
            assertThat(definition.successors("Count" + loop + "Checks")).containsExactly("WaitFor" + loop);
        });
        assertThat(definition.choiceTarget("CanaryOutcome", "$.poll.checks", "NumericGreaterThanEquals", "70"))
                .isEqualTo("StopCanary");
        // retrain (120 min + 60 min for capacity) + canary (5 + 30) + polls (5 + 15) + store rollback 20 + 15 minutes
        assertThat(definition.timeoutSeconds()).isEqualTo((180 + 35 + 20 + 20 + 15) * 60);
    }

    @Test
    void onceTheFunctionIsChangedEveryFailurePutsItsConfigurationBack() {
        List<String> afterPin = definition.reachableFrom("UpdateFunctionConfiguration").stream()
                .filter(name -> "Task".equals(definition.type(name)))
                .filter(name -> !List.of("UpdateFunctionConfiguration", RESTORE, "StopCanary", STORE_ROLLBACK)
                        .contains(name))
                .toList();
        assertThat(afterPin).contains("PublishVersion", "GetVersionState", "ReadLiveAlias", "StartCanary", "GetCanaryStatus",
                "GetConfigurationUpdateStatus");
        assertThat(afterPin).allSatisfy(task -> assertThat(definition.state(task).path("Catch").toString())
                .as(task).contains("\"ErrorEquals\":[\"States.ALL\"],\"ResultPath\":\"$.failure\",\"Next\":\"" + RESTORE));
        JsonNode restore = definition.state(RESTORE).path("Parameters");
        assertThat(restore.path("Environment").path("Variables.$").asText()).isEqualTo("$.function.environment");
        assertThat(restore.path("Description.$").asText()).isEqualTo("$.function.description");
        assertThat(definition.successors(RESTORE)).containsExactly("RolloutFailed", "RestoreFailed");
        assertThat(definition.state("RolloutFailed").path("ErrorPath").asText()).isEqualTo("$.failure.Error");
        // The store's rollback keeps its own outcome apart, so the original failure is what the execution reports.
        assertThat(definition.state(STORE_ROLLBACK).path("Catch").toString())
                .isEqualTo("[{\"ErrorEquals\":[\"States.ALL\"],\"ResultPath\":\"$.storeRollback\",\"Next\":\"" + RESTORE + "\"}]");
    }

    @Test
    void aRejectedModelIsRolledBackInTheStoreThenTheConfigurationIsRestoredWhateverTheJobDoes() {
        assertThat(REJECTIONS).allSatisfy(failure -> {
            assertThat(definition.type(failure)).isEqualTo("Pass");
            assertThat(definition.state(failure).path("ResultPath").asText()).isEqualTo("$.failure");
            assertThat(definition.successors(failure)).containsExactly("IsStoreRollbackDue");
        });
        assertThat(definition.successors("IsStoreRollbackDue")).containsOnly(STORE_ROLLBACK, RESTORE);
        // Next and Catch: succeeded, failed (exit 1, or 4 = the alias was moved since) or timed out, the restore follows.
        assertThat(definition.successors(STORE_ROLLBACK)).containsExactly(RESTORE, RESTORE);
        assertThat(definition.state(STORE_ROLLBACK).path("ResultPath").asText()).isEqualTo("$.storeRollback");
        assertThat(definition.state(STORE_ROLLBACK).path("ResultSelector").toString())
                .contains("\"jobId.$\":\"$.JobId\"").contains("\"status.$\":\"$.Status\"");
        // A state timeout of its own (a job that never gets capacity cannot use up the execution before the restore).
        assertThat(definition.state(STORE_ROLLBACK).path("TimeoutSeconds").asInt()).isEqualTo(20 * 60);
        // Failures that do not reject the model do not touch the store.
        assertThat(List.of("ConfigurationUpdateFailed", "SnapshotTimedOut")).allSatisfy(failure ->
                assertThat(definition.successors(failure)).containsExactly(RESTORE));
    }

    @Test
    void theStoreRollbackIsTheGuardedCliRollbackOnTheRetrainQueueAndJobDefinition() {
        assertThat(definition.resource(STORE_ROLLBACK)).isEqualTo("arn:<Ref:AWS::Partition>:states:::batch:submitJob.sync");
        JsonNode job = definition.state(STORE_ROLLBACK).path("Parameters");
        JsonNode retrain = definition.state("Retrain").path("Parameters");
        assertThat(job.path("JobQueue").asText()).isNotEmpty().isEqualTo(retrain.path("JobQueue").asText());
        assertThat(job.path("JobDefinition").asText()).isEqualTo("sentio-retrain")
                .isEqualTo(retrain.path("JobDefinition").asText());
        assertThat(job.path("JobName").asText()).isEqualTo("sentio-store-rollback");
        assertThat(job.path("Timeout").path("AttemptDurationSeconds").asInt()).isEqualTo(600);
        // No environment: the entrypoint adds flags from SENTIO_* only to train/evaluate/publish/retrain.
        assertThat(job.path("ContainerOverrides").has("Environment")).isFalse();
        assertThat(job.path("ContainerOverrides").path("Command.$").asText()).matches(
                "States\\.Array\\('models', 'rollback', '--store', 's3://<Output:SentioStorage\\.[^>]+>/models/reviews', "
                        + "'--alias', 'live', "
                        + "'--expect-version', States\\.Format\\('\\{}', \\$\\.result\\.record\\.candidate_version\\), "
                        + "'--reason', States\\.Format\\('lifecycle execution \\{} ended in \\{}: [^']*\\{}', "
                        + "\\$\\$\\.Execution\\.Name, \\$\\.failure\\.Error, \\$\\.rollout\\.modelUri\\)\\)");
    }

    @Test
    void onlyAModelThisExecutionsRetrainPromotedRollsTheStoreBack() {
        assertThat(definition.state("UsePromotedModel").path("Parameters").path("promoted").asBoolean()).isTrue();
        assertThat(definition.state("UseRequestedModel").path("Parameters").has("promoted")).isTrue();
        assertThat(definition.state("UseRequestedModel").path("Parameters").path("promoted").asBoolean()).isFalse();
        String due = "IsStoreRollbackDue";
        JsonNode rules = definition.state(due).path("Choices");
        // In order: a requested modelUri first (the store's alias is not this execution's), then a record without
        // a version; only a numeric candidate_version submits the job.
        assertThat(rules.get(0).toString())
                .isEqualTo("{\"Variable\":\"$.rollout.promoted\",\"BooleanEquals\":false,\"Next\":\"" + RESTORE + "\"}");
        assertThat(rules.get(1).toString()).isEqualTo("{\"Variable\":\"$.result.record.candidate_version\","
                + "\"IsPresent\":false,\"Next\":\"" + RESTORE + "\"}");
        assertThat(definition.choiceTarget(due, "$.result.record.candidate_version", "IsNumeric", "true"))
                .isEqualTo(STORE_ROLLBACK);
        assertThat(rules).hasSize(3);
        assertThat(definition.state(due).path("Default").asText()).isEqualTo(RESTORE);
    }

    @Test
    void everyStateIsReachableAndEveryPathEnds() {
        assertThat(definition.reachableFrom(definition.startAt())).containsExactlyInAnyOrderElementsOf(definition.stateNames());
        definition.stateNames().stream()
                .filter(name -> definition.successors(name).isEmpty())
                .forEach(end -> assertThat(definition.type(end)).as(end).isIn("Succeed", "Fail"));
    }

    @Test
    void logsEveryStateWithItsDataAndTraces() {
        lifecycle.hasResourceProperties("AWS::StepFunctions::StateMachine", Match.objectLike(Map.of(
                "StateMachineType", "STANDARD",
                "TracingConfiguration", Map.of("Enabled", true),
                "LoggingConfiguration", Match.objectLike(Map.of("Level", "ALL", "IncludeExecutionData", true)))));
        lifecycle.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 90));
    }

    @Test
    void outputsTheStateMachineAndHowToStartIt() {
        lifecycle.hasOutput("StateMachineArn", Match.objectLike(Map.of("Value", Map.of("Ref", Match.anyValue()))));
        assertThat(SynthesizedApp.json(lifecycle.findOutputs("StartCommand")))
                .contains("aws stepfunctions start-execution --state-machine-arn ");
    }

    @Test
    void followsTheModelNameAndTheDeploymentConfig() {
        StateMachineDefinition custom = StateMachineDefinition.of(SynthesizedApp.customised().lifecycle());
        assertThat(custom.state("ReadResult").path("Parameters").path("Key").asText())
                .isEqualTo("models/tickets/retrain/latest.json");
        assertThat(custom.state("IsModelInStore").path("Choices").get(1).path("StringMatches").asText())
                .endsWith("/models/tickets@*");
        // ALL_AT_ONCE: no traffic shift to wait for, half an hour of checks every 30 s
        assertThat(custom.choiceTarget("CanaryOutcome", "$.poll.checks", "NumericGreaterThanEquals", "60"))
                .isEqualTo("StopCanary");
        assertThat(custom.state("Defaults").path("Result").path("data").asText()).endsWith("/data/reviews.csv.gz");
        assertThat(custom.state(STORE_ROLLBACK).path("Parameters").path("ContainerOverrides").path("Command.$").asText())
                .contains("/models/tickets', '--alias', 'live'");
    }
}
