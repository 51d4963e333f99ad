package io.sentio.function.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.core.model.LoadedModel;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.testing.TestBundles;
import io.sentio.function.ApiHandler;
import io.sentio.function.lifecycle.FunctionConfig;
import io.sentio.function.lifecycle.FunctionRuntime;
import io.sentio.function.lifecycle.SyntheticContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** One real (tiny) model per test JVM, and handlers around it. */
public final class Fixtures {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static ModelBundle bundle;
    private static LoadedModel model;

    private Fixtures() {
    }

    public static synchronized ModelBundle bundle() {
        if (bundle == null) {
            bundle = TestBundles.sentiment();
        }
        return bundle;
    }

    public static synchronized LoadedModel model() {
        if (model == null) {
            model = bundle().open();
        }
        return model;
    }

    /** A runtime configured as Lambda would be by these environment variables (MODEL_URI not needed). */
    public static FunctionRuntime runtime(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("MODEL_URI", "test-bundle");
        return FunctionRuntime.of(FunctionConfig.fromEnvironment(all), model());
    }

    public static FunctionRuntime runtime() {
        return runtime(Map.of());
    }

    public static ApiHandler handler(Map<String, String> env) {
        return new ApiHandler(runtime(env));
    }

    public static ApiHandler handler() {
        return handler(Map.of());
    }

    public static APIGatewayV2HTTPResponse call(ApiHandler handler, APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, new SyntheticContext("lambda-request-id", "sentio-test"));
    }

    public static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    public static JsonNode body(APIGatewayV2HTTPResponse response) {
        return json(response.getBody());
    }
}
