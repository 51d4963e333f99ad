package io.sentio.infra.scoring;

import io.sentio.infra.artifacts.FunctionArtifact;
import io.sentio.infra.serving.FunctionConfig;
import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * Backlog scoring: the scoring function (the prediction function's jar and model, another handler),
 * the Distributed Map state machine that fans a prefix of parts (or one large file's rows) out to
 * it, its alarm and dashboard.
 * A stack of its own: serving, training and the lifecycle deploy and work without it.
 */
public final class ScoringStack extends Stack {

    private final ScoringFunction function;
    private final BacklogStateMachine backlog;
    private final BacklogAlarm alarm;

    public ScoringStack(Construct scope, String id, ScoringConfig config, FunctionConfig serving,
            FunctionArtifact artifact, IBucket bucket, ITopic alarmTopic) {
        super(scope, id, StackProps.builder()
                .description("Sentio backlog scoring: a Step Functions Distributed Map over an S3 prefix of parts, "
                        + "scored by a SnapStart Lambda with the served model")
                .build());
        this.function = new ScoringFunction(this, "ScoringFunction", config, serving, artifact, bucket);
        this.backlog = new BacklogStateMachine(this, "Backlog", config, function.alias(), bucket);
        this.alarm = new BacklogAlarm(this, "Failures", backlog.stateMachine(), alarmTopic);
        new BacklogDashboard(this, "Dashboard", backlog.stateMachine(), function.alias(), alarm.alarm());

        String arn = backlog.stateMachine().getStateMachineArn();
        String in = Fn.join("", List.of("s3://", bucket.getBucketName(), "/", config.inputPrefix()));
        String out = Fn.join("", List.of("s3://", bucket.getBucketName(), "/", config.outputPrefix()));
        output("StateMachineArn", "The backlog scoring state machine", arn);
        output("InputPrefix", "Put backlogs (a prefix of CSV / JSONL / text parts, or one large CSV / JSONL file) "
                + "under here", in);
        output("OutputPrefix", "Results go under here: one JSON-lines part per input part, _summary.json", out);
        output("StartCommand", "Score the parts under <input>/mybacklog/ into <output>/mybacklog/",
                Fn.join("", List.of("aws stepfunctions start-execution --state-machine-arn ", arn,
                        " --input '{\"input\":\"", in, "mybacklog/\",\"output\":\"", out, "mybacklog/\"}'")));
        output("StartFileCommand", "Score the rows of one large file <input>/big.csv (or .jsonl) into <output>/big/",
                Fn.join("", List.of("aws stepfunctions start-execution --state-machine-arn ", arn,
                        " --input '{\"input\":\"", in, "big.csv\",\"output\":\"", out, "big/\"}'")));
        output("FailureAlarmName", "Alarm on failed parts, row batches or runs", alarm.alarm().getAlarmName());
    }

    private void output(String id, String description, String value) {
        CfnOutput.Builder.create(this, id).description(description).value(value).build();
    }

    public ScoringFunction function() {
        return function;
    }

    public BacklogStateMachine backlog() {
        return backlog;
    }

    public BacklogAlarm alarm() {
        return alarm;
    }
}
