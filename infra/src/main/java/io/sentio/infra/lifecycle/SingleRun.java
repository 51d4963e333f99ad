package io.sentio.infra.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.Choice;
import software.amazon.awscdk.services.stepfunctions.Condition;
import software.amazon.awscdk.services.stepfunctions.Fail;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.RetryProps;
import software.amazon.awscdk.services.stepfunctions.State;
import software.amazon.awscdk.services.stepfunctions.Succeed;
import software.amazon.awscdk.services.stepfunctions.tasks.CallAwsService;
import software.constructs.Construct;

/**
 * One lifecycle at a time: alias moves in the store are last-writer-wins and a deployment group
 * runs one deployment at a time, so an execution that finds another one running stops before
 * doing anything ({@code AlreadyRunning}; one started by a drift alarm succeeds instead, as the
 * running one answers the drift). Two started in the same instant may both stop; start again.
 */
final class SingleRun {

    /** Fixed, so the state machine's ARN is known without referring to it (its role may list its executions). */
    static final String STATE_MACHINE_NAME = "sentio-model-lifecycle";

    private final State start;

    SingleRun(Construct scope, IChainable next) {
        CallAwsService list = CallAwsService.Builder.create(scope, "ListRunningExecutions")
                .service("sfn")
                .action("listExecutions")
                .iamAction("states:ListExecutions")
                .iamResources(List.of(arn(Stack.of(scope))))
                .parameters(new TreeMap<>(Map.of(
                        "StateMachineArn", JsonPath.stringAt("$$.StateMachine.Id"),
                        "StatusFilter", "RUNNING",
                        "MaxResults", 2)))
                .resultSelector(Map.of("running", JsonPath.arrayLength(JsonPath.listAt("$.Executions"))))
                .resultPath("$.concurrency")
                .build();
        list.addRetry(RetryProps.builder()
                .errors(List.of("Sfn.ThrottlingException"))
                .interval(Duration.seconds(2))
                .backoffRate(2)
                .maxAttempts(3)
                .build());
        // A drift alarm during a run is already being answered by it: not a failure to alarm on.
        list.next(Choice.Builder.create(scope, "IsOnlyRun").build()
                .when(Condition.and(Condition.numberGreaterThan("$.concurrency.running", 1),
                        Condition.isPresent("$.trigger"), Condition.stringEquals("$.trigger", DriftRetrain.TRIGGER)),
                        Succeed.Builder.create(scope, "DriftAlreadyBeingAnswered")
                                .comment("Started by a drift alarm while another lifecycle execution runs").build())
                .when(Condition.numberGreaterThan("$.concurrency.running", 1), Fail.Builder
                        .create(scope, "AlreadyRunning").error("AlreadyRunning")
                        .cause("Another execution of the model lifecycle is running: wait for it to finish").build())
                .otherwise(next));
        this.start = list;
    }

    static String arn(Stack stack) {
        return stack.formatArn(ArnComponents.builder()
                .service("states")
                .resource("stateMachine")
                .resourceName(STATE_MACHINE_NAME)
                .arnFormat(ArnFormat.COLON_RESOURCE_NAME)
                .build());
    }

    State start() {
        return start;
    }
}
