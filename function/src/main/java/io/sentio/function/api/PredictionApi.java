package io.sentio.function.api;

import io.sentio.core.explain.ExplainOptions;
import io.sentio.core.explain.ExplainedText;
import io.sentio.core.explain.Explainer;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.TextPrediction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API, free of Lambda and HTTP-server concerns: request → route → validate → classify →
 * render. Thread-safe (the local server calls it from many threads).
 */
public final class PredictionApi {
    private final Classifier classifier;
    private final Limits limits;
    private final PredictRequestParser parser;
    private final ResponseRenderer renderer;
    /** Empty when the deployment forbids explanations. */
    private final Optional<Explainer> explainer;
    /** The try-it page, read at init (so a SnapStart snapshot holds it); empty when it is not served. */
    private final Optional<ApiResponse> page;

    public PredictionApi(Classifier classifier, Limits limits, int topN) {
        this(classifier, limits, topN, true, false);
    }

    /**
     * @param explainAllowed whether requests may ask for explanations ({@code EXPLAIN_ENABLED})
     * @param tryItPage      whether {@code GET /} serves the try-it page ({@link TryItPage}) or stays a 404
     */
    public PredictionApi(Classifier classifier, Limits limits, int topN, boolean explainAllowed, boolean tryItPage) {
        this.classifier = classifier;
        this.page = tryItPage ? Optional.of(TryItPage.response()) : Optional.empty();
        this.limits = limits;
        this.parser = new PredictRequestParser(limits);
        this.renderer = new ResponseRenderer(classifier.manifest(), topN);
        this.explainer = explainAllowed ? Optional.of(new Explainer(classifier)) : Optional.empty();
    }

    public ApiOutcome handle(HttpRequest request) {
        try {
            return route(request);
        } catch (RuntimeException | StackOverflowError e) {
            // No input may turn into a stack trace in the response: the cause goes to the log only.
            return refused(null, ApiError.internal(), request, e);
        }
    }

    private ApiOutcome route(HttpRequest request) {
        if (request.method().isEmpty()) {
            return refused(null, ApiError.invalidRequest(
                    "not an API Gateway HTTP API (payload format 2.0) request: no HTTP method"), request, null);
        }
        Route route = Route.forPath(request.path());
        if (route == null || route == Route.PAGE && page.isEmpty()) {
            return refused(null, ApiError.notFound(request.path()), request, null);
        }
        if (!route.allows(request.method())) {
            return refused(route, ApiError.methodNotAllowed(request.method(), route), request, null);
        }
        return switch (route) {
            case PREDICT -> predict(request, validate(request));
            case PREDICT_TEXT -> predict(request,
                    parser.fromQuery(Route.pathText(request.path()).orElse(null), request.query()));
            case HEALTH -> new ApiOutcome(route, renderer.health(), null, null, List.of(), null);
            case MODEL -> new ApiOutcome(route, renderer.model(), null, null, List.of(), null);
            case OPENAPI -> new ApiOutcome(route, OpenApiDocument.response(), null, null, List.of(), null);
            case PAGE -> new ApiOutcome(route, page.orElseThrow(), null, null, List.of(), null);
        };
    }

    /** Both predict routes answer as {@link Route#PREDICT}: the same resource, counted alike. */
    private ApiOutcome predict(HttpRequest request, Result<PredictRequest> validated) {
        if (validated instanceof Result.Err<PredictRequest> err) {
            return refused(Route.PREDICT, err.error(), request, null);
        }
        PredictRequest valid = ((Result.Ok<PredictRequest>) validated).value();
        if (valid.explain().isPresent()) {
            return explain(request, valid, valid.explain().get());
        }
        if (valid instanceof PredictRequest.Single single) {
            TextPrediction prediction = classifier.predictWithSentences(single.text());
            return new ApiOutcome(Route.PREDICT, renderer.single(prediction), null, valid, List.of(prediction), null);
        }
        List<String> texts = ((PredictRequest.Batch) valid).texts();
        List<TextPrediction> predictions = new ArrayList<>(texts.size());
        for (String text : texts) {
            predictions.add(classifier.predictWithSentences(text));
        }
        return new ApiOutcome(Route.PREDICT, renderer.batch(predictions), null, valid, predictions, null);
    }

    private ApiOutcome explain(HttpRequest request, PredictRequest valid, ExplainOptions options) {
        if (explainer.isEmpty()) {
            return refused(Route.PREDICT, ApiError.explainForbidden(), request, null);
        }
        Explainer explaining = explainer.get();
        if (options.label().isPresent() && !explaining.knowsLabel(options.label().get())) {
            return refused(Route.PREDICT, ApiError.unknownExplainLabel(options.label().get(), explaining.labels()),
                    request, null);
        }
        List<String> texts = valid instanceof PredictRequest.Single single ? List.of(single.text())
                : ((PredictRequest.Batch) valid).texts();
        List<ExplainedText> explained = new ArrayList<>(texts.size());
        for (String text : texts) {
            explained.add(explaining.explain(text, options));
        }
        List<TextPrediction> predictions = explained.stream().map(ExplainedText::prediction).toList();
        ApiResponse response = valid instanceof PredictRequest.Single
                ? renderer.singleExplained(explained.get(0)) : renderer.batchExplained(explained);
        return new ApiOutcome(Route.PREDICT, response, null, valid, predictions, null);
    }

    private Result<PredictRequest> validate(HttpRequest request) {
        if ("GET".equals(request.method())) {
            return parser.fromQuery(request.query().get("text"), request.query());
        }
        ApiError contentType = RequestBodies.checkContentType(request.header("content-type"));
        if (contentType != null) {
            return Result.err(contentType);
        }
        Result<byte[]> body = RequestBodies.bytes(request, limits);
        if (body instanceof Result.Err<byte[]> err) {
            return Result.err(err.error());
        }
        return parser.fromJson(((Result.Ok<byte[]>) body).value());
    }

    private static ApiOutcome refused(Route route, ApiError error, HttpRequest request, Throwable failure) {
        Map<String, String> headers = error.status() == 405 && route != null
                ? Map.of("Allow", route.allowHeader()) : Map.of();
        return new ApiOutcome(route, ResponseRenderer.error(error, request.requestId(), headers), error, null,
                List.of(), failure);
    }
}
