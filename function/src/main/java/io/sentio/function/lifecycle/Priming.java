package io.sentio.function.lifecycle;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.sentio.function.api.V2Events;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.crac.Context;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SnapStart priming through CRaC. Before the snapshot, sample requests run through the real
 * handler — JSON parsing, classification, rendering, logging and EMF — so the classes are loaded
 * and the hot methods compiled when a restored environment takes its first request (their output
 * is discarded, see {@link QuietStdout}). After restore, what must differ per environment is made
 * again: the cold-start flag is re-armed and the review sampler re-seeded. The handler keeps no
 * clients and caches no time after init (the S3 client is closed once the model is loaded).
 */
public final class Priming implements Resource {
    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);
    private static final String JSON = "application/json";
    private static final List<String> TEXTS = List.of(
            "Love this dress! The fit is perfect and the fabric feels soft. I ordered my usual size and it was "
                    + "true to size. The colour is exactly as pictured. Highly recommend for summer events.",
            "Terrible quality. The seams came apart after one wash.",
            "It's okay. Nothing special, but it fits.",
            "Gorgeous top, but it runs small; I had to return it for a larger size. Customer service was great "
                    + "though, and the exchange was quick. The material is thin, so wear a camisole underneath.");

    private final FunctionRuntime runtime;
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;

    public Priming(FunctionRuntime runtime, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
        this.runtime = runtime;
        this.handler = handler;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime(runtime.config().primingRounds());
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        afterRestore();
    }

    /** Runs the sample requests {@code rounds} times; returns how many requests ran. */
    public int prime(int rounds) {
        long started = System.nanoTime();
        int requests = QuietStdout.run(() -> {
            int count = 0;
            for (int round = 0; round < rounds; round++) {
                for (APIGatewayV2HTTPEvent event : events(round)) {
                    handler.handleRequest(event, new SyntheticContext("snapstart-priming-" + count, "priming"));
                    count++;
                }
            }
            return count;
        });
        LOG.info("primed before snapshot", entry("primingRequests", requests),
                entry("primingMillis", Math.round((System.nanoTime() - started) / 1e5) / 10.0));
        return requests;
    }

    /** What must not be shared by every environment restored from one snapshot. */
    public void afterRestore() {
        runtime.coldStart().rearm();
        runtime.telemetry().sampler().reseed();
        LOG.info("restored from snapshot");
    }

    static List<APIGatewayV2HTTPEvent> events(int round) {
        String text = TEXTS.get(round % TEXTS.size());
        String batch = "{\"texts\":[" + quote(TEXTS.get(0)) + "," + quote(TEXTS.get(1)) + ","
                + quote(TEXTS.get(2)) + "]}";
        String single = "{\"text\":" + quote(text) + "}";
        return List.of(
                event("POST", "/predict", null, single, false),
                event("POST", "/predict", null, batch, false),
                event("POST", "/predict", null,
                        Base64.getEncoder().encodeToString(single.getBytes(StandardCharsets.UTF_8)), true),
                event("GET", "/predict", "text=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8), null,
                        false),
                // Explanations too, so the first one after a restore is not the one that loads their classes.
                event("POST", "/predict", null, "{\"text\":" + quote(text) + ",\"explain\":true}", false),
                event("GET", "/health", null, null, false),
                event("GET", "/model", null, null, false),
                event("POST", "/predict", null, "{\"text\": ", false),
                event("GET", "/nowhere", null, null, false));
    }

    private static APIGatewayV2HTTPEvent event(String method, String path, String query, String body,
            boolean base64) {
        Map<String, String> headers = body == null ? Map.of("user-agent", "priming")
                : Map.of("content-type", JSON, "user-agent", "priming");
        return V2Events.request(method, path, query, headers, body, base64, "priming", "127.0.0.1", Instant.EPOCH);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
