package io.sentio.function.api;

/**
 * Why a request was refused, as a value. It becomes an HTTP status and a JSON error body in one
 * place only ({@link ResponseRenderer#error}); nothing else turns validation into a response.
 *
 * @param status  the HTTP status (4xx; 500 only for {@link #internal()})
 * @param code    stable, machine-readable: clients and dashboards key on it
 * @param message for humans; never contains the request's text
 */
public record ApiError(int status, String code, String message) {

    public static ApiError invalidJson(String detail) {
        return new ApiError(400, "invalid_json", "request body is not valid JSON" + detail);
    }

    public static ApiError invalidRequest(String message) {
        return new ApiError(400, "invalid_request", message);
    }

    public static ApiError missingText(String message) {
        return new ApiError(400, "missing_text", message);
    }

    public static ApiError emptyText(String message) {
        return new ApiError(400, "empty_text", message);
    }

    public static ApiError invalidEncoding(String message) {
        return new ApiError(400, "invalid_encoding", message);
    }

    public static ApiError textTooLarge(int limit) {
        return new ApiError(413, "text_too_large", "a text may have at most " + limit + " characters");
    }

    public static ApiError batchTooLarge(int limit) {
        return new ApiError(413, "batch_too_large", "a batch may have at most " + limit + " texts");
    }

    public static ApiError bodyTooLarge(int limit) {
        return new ApiError(413, "body_too_large", "the request body may have at most " + limit + " bytes");
    }

    public static ApiError notFound(String path) {
        return new ApiError(404, "not_found", "no route " + printable(path)
                + "; routes are POST /predict, GET /predict?text=, GET /predict/{text}, GET /health, GET /model, GET /openapi.json");
    }

    public static ApiError methodNotAllowed(String method, Route route) {
        return new ApiError(405, "method_not_allowed", printable(method) + " is not allowed on " + route.path()
                + "; allowed: " + route.allowHeader());
    }

    public static ApiError unsupportedMediaType(String contentType) {
        return new ApiError(415, "unsupported_media_type", "content type " + printable(contentType)
                + " is not supported; send application/json (UTF-8)");
    }

    /** The deployment switched explanations off ({@code EXPLAIN_ENABLED=false}). */
    public static ApiError explainForbidden() {
        return new ApiError(403, "explain_forbidden", "explanations are switched off for this deployment; "
                + "send the request without 'explain'");
    }

    public static ApiError unknownExplainLabel(String label, java.util.Collection<String> labels) {
        return new ApiError(400, "unknown_label", "'explain_label' " + printable(label)
                + " is not a label of the model; its labels are " + String.join(", ", labels));
    }

    public static ApiError internal() {
        return new ApiError(500, "internal_error", "the request could not be handled; it has been logged");
    }

    /** Echoes a short, printable form of a client-supplied token (path, method, header), never body text. */
    static String printable(String value) {
        if (value == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), 64) + 2);
        out.append('\'');
        for (int i = 0; i < value.length() && i < 64; i++) {
            char c = value.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        if (value.length() > 64) {
            out.append("...");
        }
        return out.append('\'').toString();
    }
}
