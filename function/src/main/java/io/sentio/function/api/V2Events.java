package io.sentio.function.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Builds payload-2.0 events the way API Gateway's HTTP API does (lower-case header names, decoded
 * query parameters joined by ',', $default stage), for the local twins and SnapStart priming.
 */
public final class V2Events {
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private V2Events() {
    }

    /**
     * @param rawQuery the query string as sent (percent-encoded), or null
     * @param headers  header names in lower case
     * @param body     the body as text, or base64 of it when {@code base64}
     */
    public static APIGatewayV2HTTPEvent request(String method, String path, String rawQuery,
            Map<String, String> headers, String body, boolean base64, String requestId, String sourceIp,
            Instant now) {
        String query = rawQuery == null ? "" : rawQuery;
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(path)
                .withRawQueryString(query)
                .withHeaders(headers)
                .withQueryStringParameters(query.isEmpty() ? null : EventAdapter.parseQuery(query))
                .withBody(body)
                .withIsBase64Encoded(base64)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAccountId("000000000000")
                        .withApiId("local")
                        .withDomainName(headers.getOrDefault("host", "localhost"))
                        .withDomainPrefix("local")
                        .withRequestId(requestId)
                        .withRouteKey("$default")
                        .withStage("$default")
                        .withTime(REQUEST_TIME.format(now))
                        .withTimeEpoch(now.toEpochMilli())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(path)
                                .withProtocol("HTTP/1.1")
                                .withSourceIp(sourceIp)
                                .withUserAgent(headers.getOrDefault("user-agent", ""))
                                .build())
                        .build())
                .build();
    }
}
