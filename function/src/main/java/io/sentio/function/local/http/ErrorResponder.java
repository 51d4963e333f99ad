package io.sentio.function.local.http;

/**
 * Turns a refusal of the server's own — a request it cannot read as HTTP, or a handler that
 * failed — into a response, so that the server's errors take the same shape as the handler's
 * (the server itself knows no body format).
 */
@FunctionalInterface
public interface ErrorResponder {
    /**
     * @param code    stable, machine-readable ({@code bad_request}, {@code headers_too_large}, …)
     * @param message for humans
     */
    HttpResponse respond(int status, String code, String message);
}
