package io.sentio.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.sentio.function.api.ApiOutcome;
import io.sentio.function.api.ApiResponse;
import io.sentio.function.api.EventAdapter;
import io.sentio.function.api.HttpRequest;
import io.sentio.function.api.PredictionApi;
import io.sentio.function.lifecycle.FunctionRuntime;
import io.sentio.function.lifecycle.LambdaInit;
import io.sentio.function.observability.ColdStart;
import io.sentio.function.observability.RequestRecord;
import io.sentio.function.observability.Telemetry;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The Lambda entry point behind the HTTP API (payload format 2.0): event → request → API →
 * response, plus a log line and metrics. Lambda builds it with the no-argument constructor during
 * init, which loads the model (once, in {@link LambdaInit}) and enables SnapStart priming; the
 * local twins and tests pass their own {@link FunctionRuntime}.
 */
public class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    /** Powertools' fields, set per request: our cold-start flag (re-armed after a SnapStart restore)
     *  and the service name with the same default as the metrics' Service dimension. */
    private static final String COLD_START_FIELD = "cold_start";
    private static final String SERVICE_FIELD = "service";
    /** The headers of every response without extra ones (read-only: shared by all responses). */
    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", ApiResponse.CONTENT_TYPE);

    private final PredictionApi api;
    private final Telemetry telemetry;
    private final ColdStart coldStart;
    private final LongSupplier nanoTime;
    private final String service;

    /** Used by the Lambda runtime. */
    public ApiHandler() {
        this(LambdaInit.runtime());
        LambdaInit.enablePriming(this);
    }

    public ApiHandler(FunctionRuntime runtime) {
        this.api = runtime.api();
        this.telemetry = runtime.telemetry();
        this.coldStart = runtime.coldStart();
        this.nanoTime = runtime.nanoTime();
        this.service = runtime.config().service();
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return PowertoolsLogging.withLogging(context, () -> handle(event, context));
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Context context) {
        long started = nanoTime.getAsLong();
        boolean cold = coldStart.take();
        putIfChanged(COLD_START_FIELD, cold ? "true" : "false");
        putIfChanged(SERVICE_FIELD, service);
        HttpRequest request = EventAdapter.toRequest(event, context == null ? "unknown" : context.getAwsRequestId());
        ApiOutcome outcome = api.handle(request);
        double latencyMs = (nanoTime.getAsLong() - started) / 1e6;
        try {
            telemetry.record(new RequestRecord(request.requestId(), request.method(), request.path(), outcome,
                    latencyMs, cold));
        } catch (RuntimeException e) {
            // The answer is ready; a logging or metrics failure must not turn it into a 502.
            System.err.println("telemetry failed for request " + request.requestId() + ": " + e);
        }
        return toEvent(outcome.response());
    }

    /**
     * Powertools has just put its own values for these fields; they usually agree with ours, and
     * each MDC put copies log4j2's copy-on-write context map.
     */
    private static void putIfChanged(String field, String value) {
        if (!value.equals(MDC.get(field))) {
            MDC.put(field, value);
        }
    }

    static APIGatewayV2HTTPResponse toEvent(ApiResponse response) {
        Map<String, String> headers = JSON_HEADERS;
        if (!response.extraHeaders().isEmpty()) {
            headers = new HashMap<>(4);
            headers.put("Content-Type", ApiResponse.CONTENT_TYPE);
            headers.putAll(response.extraHeaders());
        }
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(headers)
                .withBody(response.body())
                .withIsBase64Encoded(false)
                .build();
    }
}
