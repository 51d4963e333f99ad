package io.sentio.infra.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.infra.support.SynthesizedApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.RetentionDays;

class PredictionApiTest {

    private static final List<String> ROUTE_KEYS = List.of("POST /predict", "GET /predict",
            "GET /predict/{text}", "GET /health", "GET /model", "GET /openapi.json");

    private static SynthesizedApp app;
    private static Template serving;

    @BeforeAll
    static void synthesize() {
        app = SynthesizedApp.defaults();
        serving = app.serving();
    }

    @Test
    void exposesPredictHealthAndModelRoutesSignedWithIam() {
        serving.resourceCountIs("AWS::ApiGatewayV2::Route", ROUTE_KEYS.size());
        for (String routeKey : ROUTE_KEYS) {
            serving.hasResourceProperties("AWS::ApiGatewayV2::Route", Match.objectLike(Map.of(
                    "RouteKey", routeKey,
                    "AuthorizationType", "AWS_IAM")));
        }
    }

    @Test
    void routesInvokeTheLiveAliasWithPayloadVersion2() {
        String alias = SynthesizedApp.logicalId(app.stacks().serving().predictionFunction().alias());
        serving.hasResourceProperties("AWS::ApiGatewayV2::Integration", Map.of(
                "ApiId", Match.anyValue(),
                "IntegrationType", "AWS_PROXY",
                "IntegrationUri", Map.of("Ref", alias),
                "PayloadFormatVersion", "2.0"));
        serving.resourceCountIs("AWS::Lambda::Permission", ROUTE_KEYS.size());
    }

    @Test
    void defaultStageIsThrottled() {
        serving.hasResourceProperties("AWS::ApiGatewayV2::Stage", Match.objectLike(Map.of(
                "StageName", "$default",
                "AutoDeploy", true,
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100))));
    }

    @Test
    void writesOneJsonAccessLogLinePerRequest() throws Exception {
        serving.hasResourceProperties("AWS::ApiGatewayV2::Stage", Match.objectLike(Map.of(
                "AccessLogSettings", Map.of(
                        "DestinationArn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("ApiAccessLogs.*"), "Arn")),
                        "Format", PredictionApi.accessLogFormat()))));
        Map<String, Object> fields = new ObjectMapper().readValue(PredictionApi.accessLogFormat(),
                new TypeReference<Map<String, Object>>() { });
        assertThat(fields).containsKeys("requestId", "routeKey", "status", "responseLatency", "integrationLatency");
    }

    @Test
    void outputsTheUrlFunctionAndAlias() {
        serving.hasOutput("ApiUrl", Match.anyValue());
        serving.hasOutput("FunctionName", Map.of("Description", Match.anyValue(),
                "Value", Map.of("Ref", PredictionFunction.LOGICAL_ID)));
        serving.hasOutput("LiveAliasArn", Match.objectLike(Map.of("Value",
                Map.of("Ref", SynthesizedApp.logicalId(app.stacks().serving().predictionFunction().alias())))));
    }

    @Test
    void openApiFlagDropsAuthorizationAndThrottlingFollowsTheContext() {
        Template open = SynthesizedApp.customised().serving();
        for (String routeKey : ROUTE_KEYS) {
            open.hasResourceProperties("AWS::ApiGatewayV2::Route", Match.objectLike(Map.of(
                    "RouteKey", routeKey,
                    "AuthorizationType", "NONE")));
        }
        open.hasResourceProperties("AWS::ApiGatewayV2::Stage", Match.objectLike(Map.of(
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 5, "ThrottlingBurstLimit", 10))));
    }

    @Test
    void theTryItPageIsRoutedOnlyWhenAskedFor() {
        Template withPage = SynthesizedApp.customised().serving();

        serving.resourcePropertiesCountIs("AWS::ApiGatewayV2::Route", Map.of("RouteKey", "GET /"), 0);
        withPage.resourceCountIs("AWS::ApiGatewayV2::Route", ROUTE_KEYS.size() + 1);
        withPage.hasResourceProperties("AWS::ApiGatewayV2::Route", Match.objectLike(Map.of(
                "RouteKey", "GET /",
                "AuthorizationType", "NONE")));
    }

    @Test
    void warnsThatATryItPageBehindIamCannotBeOpenedInABrowser() {
        App app = new App();
        Stack stack = new Stack(app, "PageBehindIam");
        IFunction target = Function.fromFunctionArn(stack, "Target",
                "arn:aws:lambda:eu-west-1:123456789012:function:sentio:live");

        new PredictionApi(stack, "Api", new ApiConfig(false, 50, 100, true), target, RetentionDays.ONE_WEEK);

        Annotations.fromStack(stack).hasWarning("/PageBehindIam/Api",
                Match.stringLikeRegexp("tryItPage without openApi.*"));
        Template.fromStack(stack).hasResourceProperties("AWS::ApiGatewayV2::Route", Match.objectLike(Map.of(
                "RouteKey", "GET /",
                "AuthorizationType", "AWS_IAM")));
    }
}
