package io.sentio.function.lifecycle;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.sentio.contract.FunctionEnvironment;
import io.sentio.contract.MetricDimensions;
import io.sentio.contract.ServingMetric;
import io.sentio.function.observability.PredictionMetrics;
import java.time.Clock;
import java.util.Map;
import org.crac.Core;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.metrics.provider.EmfMetricsProvider;

/**
 * The Lambda's init-time state, the one static state the function has: the model is loaded while
 * this class initialises, so it is inside the SnapStart snapshot. A missing, corrupt or tampered
 * bundle (or a bad setting) fails init with one clear log line and a ModelLoadFailures metric.
 */
public final class LambdaInit {
    /** Strongly held: CRaC keeps only weak references to registered resources. */
    private static Priming priming;

    private LambdaInit() {
    }

    /** Initialised on first use, i.e. while Lambda constructs the handler during init. */
    private static final class Holder {
        static final FunctionRuntime RUNTIME = initialise(System.getenv());
    }

    public static FunctionRuntime runtime() {
        return Holder.RUNTIME;
    }

    /** Registers SnapStart priming for the handler Lambda built; once. */
    public static synchronized void enablePriming(
            RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
        if (priming == null) {
            priming = new Priming(Holder.RUNTIME, handler);
            Core.getGlobalContext().register(priming);
        }
    }

    static FunctionRuntime initialise(Map<String, String> env) {
        try {
            return FunctionRuntime.start(FunctionConfig.fromEnvironment(env), env, Clock.systemUTC());
        } catch (RuntimeException e) {
            reportFailure(env, e);
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void reportFailure(Map<String, String> env, RuntimeException e) {
        LoggerFactory.getLogger(LambdaInit.class).error("init failed: " + e.getMessage(), entry("errorType", e.getClass().getSimpleName()),
                entry("modelUri", env.get(FunctionEnvironment.MODEL_URI)));
        try {
            PredictionMetrics.modelLoadFailed(new EmfMetricsProvider(),
                    env.getOrDefault(FunctionEnvironment.METRICS_NAMESPACE, MetricDimensions.NAMESPACE),
                    env.getOrDefault(FunctionEnvironment.SERVICE_NAME, ServingMetric.DEFAULT_SERVICE));
        } catch (RuntimeException metricsFailed) {
            // The log line above already says what went wrong; a metric must not hide it.
        }
    }
}
