package io.sentio.local;

import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (a request that is not HTTP, headers too large, a failed handler…) in the
 * API's error shape, {@code {"error":{"code","message","requestId"}}}, instead of Jetty's HTML page:
 * a client of the twin sees one error format, whoever refused.
 */
final class RefusalHandler extends ErrorHandler {
    /** Jetty writes an error body only for GET, POST and HEAD; a refusal of any method says why. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message,
            Throwable cause, Callback callback) {
        ApiGateway.Reply reply = ApiGateway.refusal(status, code(status), message(status, message));
        reply.headers().forEach(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
    }

    /** {@code bad_request}, {@code request_header_fields_too_large}…: the status' reason, as a code. */
    static String code(int status) {
        String reason = HttpStatus.getMessage(status);
        return reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static String message(int status, String message) {
        return message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    }
}
