package io.sentio.infra.lifecycle;

import java.util.List;
import io.sentio.infra.training.TrainingJobs;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.stepfunctions.StateMachine;

/**
 * Batch permissions of the state machine beyond what CDK's BatchSubmitJob grants. CDK allows
 * {@code batch:SubmitJob} on every job definition of the account (aws/aws-cdk#37214); a Deny narrows
 * it to the Sentio job definition ({@code sentio-retrain}, any revision) on the Sentio queue. The .sync integration also
 * reads jobs and, when an execution is stopped or times out, terminates the job it started —
 * without TerminateJob, an aborted execution would leave the job running and billing.
 */
final class BatchJobAccess {

    private BatchJobAccess() {
    }

    static void limit(StateMachine stateMachine, RolloutTargets targets) {
        Stack stack = Stack.of(stateMachine);
        String definition = jobDefinitionArn(stack, TrainingJobs.JOB_DEFINITION_NAME);
        stateMachine.addToRolePolicy(PolicyStatement.Builder.create()
                .effect(Effect.DENY)
                .actions(List.of("batch:SubmitJob"))
                .notResources(List.of(definition, definition + ":*", targets.jobQueue().getJobQueueArn()))
                .build());
        stateMachine.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("batch:DescribeJobs"))
                .resources(List.of("*"))
                .build());
        stateMachine.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("batch:TerminateJob"))
                .resources(List.of(stack.formatArn(ArnComponents.builder()
                        .service("batch")
                        .resource("job")
                        .resourceName("*")
                        .arnFormat(ArnFormat.SLASH_RESOURCE_NAME)
                        .build())))
                .build());
    }

    private static String jobDefinitionArn(Stack stack, String name) {
        return stack.formatArn(ArnComponents.builder()
                .service("batch")
                .resource("job-definition")
                .resourceName(name)
                .arnFormat(ArnFormat.SLASH_RESOURCE_NAME)
                .build());
    }
}
