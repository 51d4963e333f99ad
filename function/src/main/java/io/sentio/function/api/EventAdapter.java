package io.sentio.function.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** API Gateway HTTP API (payload format 2.0) event → {@link HttpRequest}. Never throws. */
public final class EventAdapter {
    private EventAdapter() {
    }

    public static HttpRequest toRequest(APIGatewayV2HTTPEvent event, String fallbackRequestId) {
        if (event == null) {
            return new HttpRequest("", "", Map.of(), Map.of(), null, false, fallbackRequestId);
        }
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        APIGatewayV2HTTPEvent.RequestContext.Http http = context == null ? null : context.getHttp();
        String method = http == null || http.getMethod() == null ? "" : http.getMethod().toUpperCase(Locale.ROOT);
        String rawPath = event.getRawPath() != null ? event.getRawPath() : http == null ? null : http.getPath();
        String requestId = context != null && context.getRequestId() != null && !context.getRequestId().isEmpty()
                ? context.getRequestId() : fallbackRequestId;
        Map<String, String> query = event.getQueryStringParameters();
        if (query == null && event.getRawQueryString() != null && !event.getRawQueryString().isEmpty()) {
            query = parseQuery(event.getRawQueryString());
        }
        return new HttpRequest(method, withoutStage(rawPath, context == null ? null : context.getStage()),
                event.getHeaders(), query, event.getBody(), event.getIsBase64Encoded(), requestId);
    }

    /** A named stage appears in rawPath ("/prod/predict"); the $default stage does not. */
    static String withoutStage(String rawPath, String stage) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        if (stage != null && !stage.isEmpty() && !"$default".equals(stage)) {
            String prefix = "/" + stage;
            if (rawPath.equals(prefix)) {
                return "/";
            }
            if (rawPath.startsWith(prefix + "/")) {
                return rawPath.substring(prefix.length());
            }
        }
        return rawPath;
    }

    /** Decodes a raw query string as API Gateway does: repeated names joined by ','. Lenient on bad escapes. */
    public static Map<String, String> parseQuery(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.merge(name, value, (a, b) -> a + "," + b);
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return s;
        }
    }
}
