package io.sentio.function.local.http;

/** Turns one request into its response; called on the connection's own thread. */
@FunctionalInterface
public interface HttpHandler {
    HttpResponse handle(HttpRequest request);
}
