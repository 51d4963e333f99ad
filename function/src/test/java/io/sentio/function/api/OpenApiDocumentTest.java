package io.sentio.function.api;

import static io.sentio.function.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.sentio.function.ApiHandler;
import io.sentio.function.testing.Events;
import io.sentio.function.testing.Fixtures;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OpenAPI document is valid, names every route, and every real response of the handler —
 * the sample events and a few more — matches the schema the document gives for its route,
 * method and status. So the document cannot drift from the code.
 */
class OpenApiDocumentTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ApiHandler HANDLER = Fixtures.handler();
    private static final JsonNode DOCUMENT = parse(OpenApiDocument.json());
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @Test
    void isAValidOpenApiDocument() {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(OpenApiDocument.json());

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
    }

    @Test
    void describesEveryRouteWithEveryMethodItAccepts() {
        for (Route route : Route.values()) {
            JsonNode path = DOCUMENT.get("paths").get(route.path());
            assertThat(path).as(route.path()).isNotNull();
            for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
                assertThat(path.has(method.toLowerCase(Locale.ROOT))).as(method + " " + route.path())
                        .isEqualTo(route.allows(method));
            }
        }
    }

    @Test
    void isServedAtOpenApiJson() throws IOException {
        APIGatewayV2HTTPResponse response = call(HANDLER, Events.get("/openapi.json"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(MAPPER.readTree(response.getBody())).isEqualTo(DOCUMENT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyResponseMatchesTheSchemaOfItsRouteMethodAndStatus(String name, APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = call(HANDLER, event);
        String method = event.getRequestContext().getHttp().getMethod();
        Route route = Route.forPath(EventAdapter.withoutStage(event.getRawPath(), event.getRequestContext().getStage()));

        JsonNode schema = route == null
                ? DOCUMENT.at("/components/schemas/Error")
                : responseSchema(route.path(), method, response.getStatusCode());

        assertThat(errors(schema, response.getBody())).as(name + " → " + response.getStatusCode() + " "
                + response.getBody()).isEmpty();
    }

    static Stream<Arguments> requests() throws IOException {
        List<Arguments> requests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "events"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                requests.add(Arguments.of(file.getFileName().toString(), Events.read(file)));
            }
        }
        assertThat(requests).as("the sample events in events/").hasSizeGreaterThan(10);
        requests.add(Arguments.of("GET /predict/{text}", Events.get("/predict/A%20movie%20about%20penguins")));
        requests.add(Arguments.of("GET /predict/{text} blank", Events.get("/predict/%20%20")));
        requests.add(Arguments.of("POST /predict/{text}", Events.postJson("/predict/text", "{}")));
        requests.add(Arguments.of("GET /openapi.json", Events.get("/openapi.json")));
        requests.add(Arguments.of("GET / without the try-it page", Events.get("/")));
        requests.add(Arguments.of("POST /predict explain", Events.postJson("/predict",
                "{\"text\":\"I <b>love</b> it. Cheap &amp; awful seams!\",\"explain\":true,\"explain_terms\":3}")));
        requests.add(Arguments.of("POST /predict explain batch", Events.postJson("/predict",
                "{\"texts\":[\"love it\",\"awful\"],\"explain\":true,\"explain_label\":\"neutral\"}")));
        requests.add(Arguments.of("GET /predict explain", Events.get("/predict", "text=love+it&explain=true")));
        requests.add(Arguments.of("GET /predict/{text} explain", Events.get("/predict/love%20it", "explain=true")));
        requests.add(Arguments.of("POST /predict explain not boolean", Events.postJson("/predict",
                "{\"text\":\"ok\",\"explain\":\"yes\"}")));
        requests.add(Arguments.of("POST /predict unknown explain_label", Events.postJson("/predict",
                "{\"text\":\"ok\",\"explain\":true,\"explain_label\":\"sarcastic\"}")));
        requests.add(Arguments.of("GET /predict explain not boolean", Events.get("/predict", "text=ok&explain=1")));
        requests.add(Arguments.of("DELETE /model", Events.request("DELETE", "/model", null, java.util.Map.of(), null,
                false)));
        return requests.stream();
    }

    /**
     * The response schema the document gives, following a $ref into components/responses. A
     * method the document does not list for the path must have been refused with a 405.
     */
    private static JsonNode responseSchema(String path, String method, int status) {
        JsonNode operation = DOCUMENT.get("paths").get(path).get(method.toLowerCase(Locale.ROOT));
        if (operation == null) {
            assertThat(status).as(method + " " + path + " is not documented, so it must be refused").isEqualTo(405);
            return DOCUMENT.at("/components/responses/MethodNotAllowed/content/application~1json/schema");
        }
        JsonNode response = operation.get("responses").get(Integer.toString(status));
        assertThat(response).as("documented response " + status + " of " + method + " " + path).isNotNull();
        if (response.has("$ref")) {
            response = DOCUMENT.at(response.get("$ref").asText().substring(1));
        }
        return response.at("/content/application~1json/schema");
    }

    private static List<String> errors(JsonNode schema, String body) {
        ObjectNode standalone = schema.deepCopy();
        standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        standalone.set("components", DOCUMENT.get("components"));
        return SCHEMAS.getSchema(standalone.toString(), InputFormat.JSON).validate(body, InputFormat.JSON).stream()
                .map(Object::toString).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMultiLabelModelsResponsesMatchTheSchemas() {
        ApiHandler genres = new ApiHandler(io.sentio.function.lifecycle.FunctionRuntime.of(
                io.sentio.function.lifecycle.FunctionConfig.fromEnvironment(java.util.Map.of("MODEL_URI", "genres")),
                io.sentio.core.testing.TestBundles.genres().open()));
        for (APIGatewayV2HTTPEvent event : List.of(
                Events.postJson("/predict", "{\"text\":\"A wizard on a quest. Then they fall in love.\"}"),
                Events.postJson("/predict", "{\"texts\":[\"A soldier at war.\",\"A funny wedding.\"]}"),
                Events.get("/predict", "text=A+dragon"), Events.get("/model"),
                Events.postJson("/predict", "{\"text\":\"A wizard on a quest. They fall in love.\",\"explain\":true}"),
                Events.postJson("/predict", "{\"texts\":[\"A dragon.\"],\"explain\":true,\"explain_label\":\"Drama\"}"))) {
            APIGatewayV2HTTPResponse response = call(genres, event);
            Route route = Route.forPath(event.getRawPath());

            assertThat(response.getBody()).contains(route.path().equals("/model") ? "multi_label" : "\"labels\":[");
            assertThat(errors(responseSchema(route.path(), event.getRequestContext().getHttp().getMethod(),
                    response.getStatusCode()), response.getBody())).as(response.getBody()).isEmpty();
        }
        JsonNode single = DOCUMENT.at("/components/schemas/SinglePrediction");
        assertThat(errors(single, "{\"probabilities\":{\"a\":1.0},\"sentences\":[],"
                + "\"model\":{\"name\":\"m\",\"version\":\"1\"}}")).as("neither label nor labels").isNotEmpty();
    }

    @Test
    void aForbiddenExplanationMatchesTheSchema() {
        ApiHandler forbidding = Fixtures.handler(java.util.Map.of("EXPLAIN_ENABLED", "false"));
        APIGatewayV2HTTPResponse response = call(forbidding, Events.postJson("/predict",
                "{\"text\":\"ok\",\"explain\":true}"));

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errors(responseSchema("/predict", "POST", 403), response.getBody())).isEmpty();
    }

    @Test
    void theSchemasRejectABodyOfTheWrongShape() {
        JsonNode single = DOCUMENT.at("/components/schemas/SinglePrediction");

        assertThat(errors(single, "{\"label\":3,\"probabilities\":{},\"sentences\":[]}")).isNotEmpty();
        assertThat(errors(single, "{\"label\":\"a\",\"probabilities\":{\"a\":1.0},\"sentences\":[],"
                + "\"model\":{\"name\":\"m\",\"version\":\"1\"},\"surprise\":true}")).isNotEmpty();
        assertThat(errors(single, "{\"label\":\"a\",\"probabilities\":{\"a\":1.0},\"sentences\":[],"
                + "\"model\":{\"name\":\"m\",\"version\":\"1\"}}")).isEmpty();
    }
}
