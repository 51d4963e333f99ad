package io.sentio.function.lifecycle;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.sentio.function.observability.MetricNames;
import java.time.Clock;
import java.util.Map;
import org.crac.Core;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;
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
                entry("modelUri", env.get("MODEL_URI")));
        try {
            String service = env.getOrDefault("POWERTOOLS_SERVICE_NAME", MetricNames.DEFAULT_SERVICE);
            Metrics metrics = new EmfMetricsProvider().getMetricsInstance();
            metrics.setNamespace(env.getOrDefault("POWERTOOLS_METRICS_NAMESPACE", MetricNames.DEFAULT_NAMESPACE));
            metrics.setDefaultDimensions(DimensionSet.of(MetricNames.SERVICE_DIMENSION, service));
            metrics.addMetric(MetricNames.MODEL_LOAD_FAILURES, 1, MetricUnit.COUNT);
            metrics.flush();
        } catch (RuntimeException metricsFailed) {
            // The log line above already says what went wrong; a metric must not hide it.
        }
    }
}
