package io.sentio.function.lifecycle;

import static io.sentio.contract.FunctionEnvironment.EXPLAIN_ENABLED;
import static io.sentio.contract.FunctionEnvironment.LOW_CONFIDENCE_THRESHOLD;
import static io.sentio.contract.FunctionEnvironment.MAX_BATCH_SIZE;
import static io.sentio.contract.FunctionEnvironment.MAX_BODY_BYTES;
import static io.sentio.contract.FunctionEnvironment.MAX_TEXT_CHARS;
import static io.sentio.contract.FunctionEnvironment.METRICS_NAMESPACE;
import static io.sentio.contract.FunctionEnvironment.MODEL_URI;
import static io.sentio.contract.FunctionEnvironment.PRIMING_ROUNDS;
import static io.sentio.contract.FunctionEnvironment.RETURN_TOP_N;
import static io.sentio.contract.FunctionEnvironment.REVIEW_LOW_CONFIDENCE_SAMPLE_RATE;
import static io.sentio.contract.FunctionEnvironment.REVIEW_SAMPLE_RATE;
import static io.sentio.contract.FunctionEnvironment.SERVICE_NAME;
import static io.sentio.contract.FunctionEnvironment.TRY_IT_PAGE;

import io.sentio.contract.MetricDimensions;
import io.sentio.contract.ServingMetric;
import io.sentio.function.api.Limits;
import java.util.Map;

/**
 * The function's settings, read once from the environment. A bad value fails init with a message
 * naming the variable; nothing is silently replaced by a default. The names are the contract's
 * ({@link io.sentio.contract.FunctionEnvironment}), which the CDK app sets them by.
 *
 * <table>
 * <caption>Environment variables</caption>
 * <tr><th>variable</th><th>default</th><th>meaning</th></tr>
 * <tr><td>MODEL_URI</td><td>(required)</td><td>the bundle: directory, file:///store@alias, s3://bucket/prefix@alias</td></tr>
 * <tr><td>RETURN_TOP_N</td><td>0 (all)</td><td>labels per probability map, most probable first</td></tr>
 * <tr><td>EXPLAIN_ENABLED</td><td>true</td><td>false: requests with {@code "explain": true} get 403 explain_forbidden</td></tr>
 * <tr><td>LOW_CONFIDENCE_THRESHOLD</td><td>0.6</td><td>below this the LowConfidence metric counts a prediction</td></tr>
 * <tr><td>REVIEW_SAMPLE_RATE</td><td>0</td><td>share of predictions written as review records</td></tr>
 * <tr><td>REVIEW_LOW_CONFIDENCE_SAMPLE_RATE</td><td>REVIEW_SAMPLE_RATE</td><td>the same, for low-confidence predictions</td></tr>
 * <tr><td>MAX_TEXT_CHARS / MAX_BATCH_SIZE / MAX_BODY_BYTES</td><td>5000 / 64 / 1048576</td><td>request limits (413 above)</td></tr>
 * <tr><td>POWERTOOLS_SERVICE_NAME</td><td>sentio</td><td>the Service dimension and log field</td></tr>
 * <tr><td>POWERTOOLS_METRICS_NAMESPACE</td><td>Sentio</td><td>CloudWatch namespace</td></tr>
 * <tr><td>PRIMING_ROUNDS</td><td>20</td><td>rounds of sample requests run before a SnapStart snapshot (0 = none)</td></tr>
 * <tr><td>TRY_IT_PAGE</td><td>false</td><td>true: {@code GET /} serves the try-it page; otherwise a 404</td></tr>
 * </table>
 */
public record FunctionConfig(
        String modelUri,
        int topN,
        double lowConfidenceThreshold,
        double reviewSampleRate,
        double reviewLowConfidenceSampleRate,
        Limits limits,
        String service,
        String namespace,
        int primingRounds,
        boolean explainEnabled,
        boolean tryItPage) {

    public static final double DEFAULT_LOW_CONFIDENCE_THRESHOLD = 0.6;
    public static final int DEFAULT_PRIMING_ROUNDS = 20;

    public static FunctionConfig fromEnvironment(Map<String, String> env) {
        String modelUri = env.get(MODEL_URI);
        if (modelUri == null || modelUri.isBlank()) {
            throw new ConfigException(MODEL_URI + " is not set: name the model bundle to serve, e.g. "
                    + "s3://bucket/models/reviews@live or a bundle directory");
        }
        double reviewRate = probability(env, REVIEW_SAMPLE_RATE, 0.0);
        return new FunctionConfig(
                modelUri.strip(),
                integer(env, RETURN_TOP_N, 0, 0),
                probability(env, LOW_CONFIDENCE_THRESHOLD, DEFAULT_LOW_CONFIDENCE_THRESHOLD),
                reviewRate,
                probability(env, REVIEW_LOW_CONFIDENCE_SAMPLE_RATE, reviewRate),
                new Limits(
                        integer(env, MAX_TEXT_CHARS, Limits.DEFAULT_MAX_TEXT_CHARS, 1),
                        integer(env, MAX_BATCH_SIZE, Limits.DEFAULT_MAX_BATCH_SIZE, 1),
                        integer(env, MAX_BODY_BYTES, Limits.DEFAULT_MAX_BODY_BYTES, 1)),
                text(env, SERVICE_NAME, ServingMetric.DEFAULT_SERVICE),
                text(env, METRICS_NAMESPACE, MetricDimensions.NAMESPACE),
                integer(env, PRIMING_ROUNDS, DEFAULT_PRIMING_ROUNDS, 0),
                bool(env, EXPLAIN_ENABLED, true),
                bool(env, TRY_IT_PAGE, false));
    }

    public FunctionConfig withModelUri(String uri) {
        return new FunctionConfig(uri, topN, lowConfidenceThreshold, reviewSampleRate, reviewLowConfidenceSampleRate,
                limits, service, namespace, primingRounds, explainEnabled, tryItPage);
    }

    private static String text(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static int integer(Map<String, String> env, String name, int fallback, int min) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(name + " must be an integer >= " + min + ", got '" + value + "'");
    }

    private static boolean bool(Map<String, String> env, String name, boolean fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(name + " must be true or false, got '" + value + "'");
        };
    }

    private static double probability(Map<String, String> env, String name, double fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (parsed >= 0 && parsed <= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(name + " must be a number between 0 and 1, got '" + value + "'");
    }

    /** A setting that cannot be used; the message names the variable. */
    public static final class ConfigException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConfigException(String message) {
            super(message);
        }
    }
}
