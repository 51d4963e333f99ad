package io.sentio.infra.serving;

import io.sentio.infra.compliance.Nag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpIamAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.HttpStageOptions;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.IHttpRouteAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The HTTP API in front of the function's {@code live} alias: the function's six routes (seven with
 * the try-it page at {@code GET /}), SigV4 (IAM) authorization unless {@code openApi} is set, a
 * throttled {@code $default} stage and JSON access logs.
 */
public final class PredictionApi extends Construct {

    public record Route(HttpMethod method, String path) {
    }

    public static final List<Route> ROUTES = List.of(
            new Route(HttpMethod.POST, "/predict"),
            new Route(HttpMethod.GET, "/predict"),
            new Route(HttpMethod.GET, "/predict/{text}"),
            new Route(HttpMethod.GET, "/health"),
            new Route(HttpMethod.GET, "/model"),
            new Route(HttpMethod.GET, "/openapi.json"));

    /** Only with {@code tryItPage}: the function serves it then too (its TRY_IT_PAGE variable). */
    public static final Route TRY_IT_PAGE = new Route(HttpMethod.GET, "/");

    private final HttpApi api;
    private final HttpStage stage;

    public PredictionApi(Construct scope, String id, ApiConfig config, IFunction target, RetentionDays logRetention) {
        super(scope, id);
        this.api = HttpApi.Builder.create(this, "HttpApi")
                .apiName("sentio")
                .description("Sentio text classification: /predict, /predict/{text}, /health, /model, /openapi.json")
                .createDefaultStage(false)
                .build();
        IHttpRouteAuthorizer authorizer = config.openApi() ? new HttpNoneAuthorizer() : new HttpIamAuthorizer();
        HttpLambdaIntegration integration = new HttpLambdaIntegration("Handler", target);
        for (Route route : routes(config)) {
            api.addRoutes(AddRoutesOptions.builder()
                    .path(route.path())
                    .methods(List.of(route.method()))
                    .integration(integration)
                    .authorizer(authorizer)
                    .build());
        }
        if (config.tryItPage() && !config.openApi()) {
            Annotations.of(this).addWarning("tryItPage without openApi: GET / is signed with IAM like every route, "
                    + "which a browser cannot do; add -c openApi=true for a page people can open");
        }
        if (config.openApi()) {
            Nag.suppress(api, "AwsSolutions-APIG4",
                    "Unauthenticated routes were asked for explicitly (-c openApi=true) for a public demo; "
                            + "the stage throttle still bounds cost.");
        }

        LogGroup accessLogs = LogGroup.Builder.create(this, "AccessLogs")
                .retention(logRetention)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        this.stage = api.addStage("DefaultStage", HttpStageOptions.builder()
                .stageName("$default")
                .autoDeploy(true)
                .throttle(ThrottleSettings.builder()
                        .rateLimit(config.throttleRate())
                        .burstLimit(config.throttleBurst())
                        .build())
                .accessLogSettings(new JsonAccessLogs(new LogGroupLogDestination(accessLogs)))
                .build());
    }

    static List<Route> routes(ApiConfig config) {
        if (!config.tryItPage()) {
            return ROUTES;
        }
        return Stream.concat(ROUTES.stream(), Stream.of(TRY_IT_PAGE)).toList();
    }

    public HttpApi httpApi() {
        return api;
    }

    public String url() {
        return stage.getUrl();
    }

    /** One JSON object per request, with the fields HTTP APIs offer that help debugging. */
    static String accessLogFormat() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("requestId", "$context.requestId");
        fields.put("requestTime", "$context.requestTime");
        fields.put("ip", "$context.identity.sourceIp");
        fields.put("caller", "$context.identity.userArn");
        fields.put("userAgent", "$context.identity.userAgent");
        fields.put("routeKey", "$context.routeKey");
        fields.put("status", "$context.status");
        fields.put("protocol", "$context.protocol");
        fields.put("responseLength", "$context.responseLength");
        fields.put("responseLatency", "$context.responseLatency");
        fields.put("integrationLatency", "$context.integrationLatency");
        fields.put("integrationStatus", "$context.integrationStatus");
        fields.put("integrationError", "$context.integrationErrorMessage");
        fields.put("error", "$context.error.message");
        return fields.entrySet().stream()
                .map(field -> "\"%s\":\"%s\"".formatted(field.getKey(), field.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A plain class, not a record: jsii would take a record's {@code destination()} for a method. */
    private static final class JsonAccessLogs implements IAccessLogSettings {
        private final IAccessLogDestination logDestination;

        JsonAccessLogs(IAccessLogDestination logDestination) {
            this.logDestination = logDestination;
        }

        @Override
        public IAccessLogDestination getDestination() {
            return logDestination;
        }

        @Override
        public AccessLogFormat getFormat() {
            return AccessLogFormat.custom(accessLogFormat());
        }
    }
}
