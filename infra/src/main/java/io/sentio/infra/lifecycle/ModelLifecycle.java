package io.sentio.infra.lifecycle;

import io.sentio.infra.compliance.Nag;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.constructs.Construct;

/**
 * The model lifecycle as a Step Functions state machine: retrain on Batch; if the quality gate
 * promoted the candidate, pin the function's MODEL_URI to it, publish a function version (a new
 * SnapStart snapshot) and shift the {@code live} alias to it through the CodeDeploy canary, whose
 * alarms roll it back. docs/LIFECYCLE.md draws it. Its role may call exactly these APIs on exactly
 * these resources; every state is logged (with its data) and traced.
 */
public final class ModelLifecycle extends Construct {

    private final StateMachine stateMachine;
    private final LogGroup logs;

    ModelLifecycle(Construct scope, String id, RolloutTargets targets, Timeouts timeouts) {
        super(scope, id);
        FunctionCalls function = new FunctionCalls(this, targets.function(), targets.functionAlias());
        Failures failures = new Failures(this, function, targets);
        CanarySteps canary = new CanarySteps(this, function,
                new DeploymentCalls(this, targets.deploymentGroup()), timeouts, failures);
        ReleaseSteps release = new ReleaseSteps(this, function, failures, canary.start());
        RetrainSteps retrain = new RetrainSteps(this, targets, release.start());
        SingleRun singleRun = new SingleRun(this, retrain.start());

        this.logs = LogGroup.Builder.create(this, "Logs")
                .retention(RetentionDays.THREE_MONTHS)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        this.stateMachine = StateMachine.Builder.create(this, "StateMachine")
                .stateMachineName(SingleRun.STATE_MACHINE_NAME)
                .stateMachineType(StateMachineType.STANDARD)
                .comment("Sentio model lifecycle: retrain, then roll a promoted model out through the canary")
                .definitionBody(DefinitionBody.fromChainable(singleRun.start()))
                .timeout(timeouts.total())
                .tracingEnabled(true)
                .logs(LogOptions.builder().destination(logs).level(LogLevel.ALL).includeExecutionData(true).build())
                .build();
        BatchJobAccess.limit(stateMachine, targets);
        Nag.suppress(stateMachine, "AwsSolutions-IAM5",
                "Log delivery (logs:*LogDelivery*, DescribeLogGroups, resource policies), X-Ray (PutTraceSegments, "
                        + "GetSamplingRules...) and batch:DescribeJobs support no resource-level permissions. The "
                        + "prediction function's versions (<function ARN>:*) are read to see a new one become Active. "
                        + "Batch job IDs are unknown in advance (TerminateJob on job/*, to cancel the job when an "
                        + "execution is stopped). CDK grants SubmitJob on job-definition/*; an explicit Deny narrows "
                        + "it to the Sentio job definition and queue.",
                "Resource::*", "regex:/^Resource::.*PredictionFunction.*:\\*$/",
                "Resource::arn:<AWS::Partition>:batch:<AWS::Region>:<AWS::AccountId>:job/*",
                "Resource::arn:<AWS::Partition>:batch:<AWS::Region>:<AWS::AccountId>:job-definition/*");
    }

    public StateMachine stateMachine() {
        return stateMachine;
    }

    public LogGroup logs() {
        return logs;
    }
}
