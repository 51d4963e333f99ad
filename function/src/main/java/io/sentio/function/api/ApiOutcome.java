package io.sentio.function.api;

import io.sentio.core.model.TextPrediction;
import java.util.List;

/**
 * What happened to one request: the response, plus what observability needs to know about it.
 *
 * @param route       the matched route, or null for an unknown path
 * @param response    what goes back to the client
 * @param error       why the request was refused, or null
 * @param request     the validated prediction request, or null
 * @param predictions one per text of {@code request}, in order; empty unless it was predicted
 * @param failure     the unexpected exception behind a 500, or null
 */
public record ApiOutcome(Route route, ApiResponse response, ApiError error, PredictRequest request,
        List<TextPrediction> predictions, Throwable failure) {

    public ApiOutcome {
        predictions = predictions == null ? List.of() : predictions;
    }

    public int status() {
        return response.status();
    }

    /** The texts predicted, in the order of {@link #predictions()}. */
    public List<String> texts() {
        if (request instanceof PredictRequest.Single single) {
            return List.of(single.text());
        }
        if (request instanceof PredictRequest.Batch batch) {
            return batch.texts();
        }
        return List.of();
    }
}
