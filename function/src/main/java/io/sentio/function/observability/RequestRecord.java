package io.sentio.function.observability;

import io.sentio.function.api.ApiOutcome;

/**
 * One handled request as observability sees it.
 *
 * @param requestId API Gateway's request id
 * @param method    HTTP method
 * @param path      request path (not the query, never the body)
 * @param outcome   what the API did
 * @param latencyMs time in the handler, milliseconds
 * @param coldStart whether this was the environment's first request
 */
public record RequestRecord(String requestId, String method, String path, ApiOutcome outcome, double latencyMs,
        boolean coldStart) {
}
