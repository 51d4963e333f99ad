package io.sentio.function.testing.crac;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.sentio.function.lifecycle.SyntheticContext;
import io.sentio.function.testing.Events;

/**
 * What the Lambda Java runtime does with SnapStart, in one process: construct the handler class
 * with its no-argument constructor (init), checkpoint and restore, then invoke. Arguments: the
 * handler class, then "snapstart" or "on-demand".
 */
public final class LambdaRuntimeSimulation {
    private LambdaRuntimeSimulation() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
        try {
            handler = (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>)
                    Class.forName(args[0]).getDeclaredConstructor().newInstance();
        } catch (Throwable initFailure) {
            System.err.println("INIT FAILED: " + initFailure);
            System.exit(3);
            return;
        }
        if ("snapstart".equals(args[1])) {
            org.crac.Core.checkpointRestore();
        }
        for (int i = 0; i < 2; i++) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(
                    Events.postJson("/predict", "{\"text\":\"Love it, perfect fit!\"}"),
                    new SyntheticContext("invocation-" + i, "sentio"));
            System.err.println("RESPONSE " + response.getStatusCode() + " " + response.getBody());
        }
        System.exit(0);
    }
}
