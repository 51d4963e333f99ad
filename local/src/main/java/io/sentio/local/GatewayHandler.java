package io.sentio.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Jetty request → {@link ApiGateway} → Jetty response, on one of the server's request threads. */
final class GatewayHandler extends Handler.Abstract {
    private final ApiGateway gateway;
    private final int maxBodyBytes;

    GatewayHandler(ApiGateway gateway, int maxBodyBytes) {
        this.gateway = gateway;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        byte[] body = readAtMost(request, maxBodyBytes + 1);
        HttpURI uri = request.getHttpURI();
        ApiGateway.Reply reply = gateway.invoke(new ApiGateway.Request(request.getMethod(), uri.getPath(),
                uri.getQuery(), headers(request), body, Request.getRemoteAddr(request)));
        response.setStatus(reply.status());
        reply.headers().forEach(response.getHeaders()::put);
        if (body.length > maxBodyBytes) {
            // The rest of the body is never read: the connection cannot carry another request.
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
        return true;
    }

    /** Up to {@code limit} bytes of the body: enough for the handler to see (and refuse) one too large. */
    private static byte[] readAtMost(Request request, int limit) throws IOException {
        // Not closed: closing fails the rest of the content, and Jetty drains or drops it itself
        // once the response is complete.
        InputStream in = Content.Source.asInputStream(request);
        return in.readNBytes(limit);
    }

    /** As API Gateway passes them: lower-case names, repeated headers joined with ",". */
    private static Map<String, String> headers(Request request) {
        Map<String, String> headers = new HashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.merge(field.getLowerCaseName(), field.getValue(),
                    (first, next) -> first + "," + next);
        }
        return headers;
    }
}
