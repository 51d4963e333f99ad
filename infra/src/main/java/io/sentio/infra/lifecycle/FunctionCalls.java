package io.sentio.infra.lifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.RetryProps;
import software.amazon.awscdk.services.stepfunctions.tasks.CallAwsService;
import software.constructs.Construct;

/**
 * Step Functions SDK calls on the prediction function, each allowed exactly its own IAM action on
 * this function: the function itself, its versions only where a version is read, its alias only
 * where the alias is read. Every call retries throttling and "an update is in progress".
 */
final class FunctionCalls {

    static final List<String> TRANSIENT_ERRORS = List.of(
            "Lambda.TooManyRequestsException", "Lambda.ServiceException", "Lambda.ResourceConflictException");

    private final Construct scope;
    private final IFunction function;
    private final String aliasName;

    FunctionCalls(Construct scope, IFunction function, String aliasName) {
        this.scope = scope;
        this.function = function;
        this.aliasName = aliasName;
    }

    /** {@code GetFunctionConfiguration} of $LATEST, or of the version at {@code qualifierPath} if not null. */
    CallAwsService getConfiguration(String id, String qualifierPath, Map<String, Object> selector, String resultPath) {
        Map<String, Object> parameters = named();
        if (qualifierPath != null) {
            parameters.put("Qualifier", JsonPath.stringAt(qualifierPath));
        }
        return call(id, "getFunctionConfiguration", "GetFunctionConfiguration", parameters,
                List.of(function.getFunctionArn(), function.getFunctionArn() + ":*"), selector, resultPath);
    }

    /** {@code UpdateFunctionConfiguration} of $LATEST; {@code configuration} holds the changed fields. */
    CallAwsService updateConfiguration(String id, Map<String, Object> configuration) {
        Map<String, Object> parameters = named();
        parameters.putAll(configuration);
        return call(id, "updateFunctionConfiguration", "UpdateFunctionConfiguration", parameters,
                List.of(function.getFunctionArn()), null, JsonPath.DISCARD);
    }

    CallAwsService publishVersion(String id, String description, Map<String, Object> selector, String resultPath) {
        Map<String, Object> parameters = named();
        parameters.put("Description", description);
        return call(id, "publishVersion", "PublishVersion", parameters,
                List.of(function.getFunctionArn()), selector, resultPath);
    }

    CallAwsService getAlias(String id, Map<String, Object> selector, String resultPath) {
        Map<String, Object> parameters = named();
        parameters.put("Name", aliasName);
        return call(id, "getAlias", "GetAlias", parameters,
                List.of(function.getFunctionArn(), function.getFunctionArn() + ":" + aliasName), selector, resultPath);
    }

    String functionName() {
        return function.getFunctionName();
    }

    String aliasName() {
        return aliasName;
    }

    private Map<String, Object> named() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("FunctionName", function.getFunctionName());
        return parameters;
    }

    private CallAwsService call(String id, String action, String iamAction, Map<String, Object> parameters,
            List<String> resources, Map<String, Object> selector, String resultPath) {
        CallAwsService.Builder builder = CallAwsService.Builder.create(scope, id)
                .service("lambda")
                .action(action)
                .iamAction("lambda:" + iamAction)
                .iamResources(resources)
                .parameters(parameters)
                .resultPath(resultPath);
        if (selector != null) {
            builder.resultSelector(selector);
        }
        CallAwsService task = builder.build();
        task.addRetry(RetryProps.builder()
                .errors(TRANSIENT_ERRORS)
                .interval(Duration.seconds(5))
                .backoffRate(2)
                .maxAttempts(5)
                .build());
        return task;
    }
}
