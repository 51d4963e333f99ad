package io.sentio.function.api;

import static io.sentio.function.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.function.ApiHandler;
import io.sentio.function.testing.Events;
import io.sentio.function.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code GET /}: the try-it page when TRY_IT_PAGE is on, the API's 404 otherwise. */
class TryItPageTest {
    private static final ApiHandler WITH_PAGE = Fixtures.handler(Map.of("TRY_IT_PAGE", "true"));
    private static final ApiHandler WITHOUT_PAGE = Fixtures.handler();

    @Test
    void servesThePageAtTheRootWhenSwitchedOn() {
        APIGatewayV2HTTPResponse response = call(WITH_PAGE, Events.get("/"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "text/html; charset=utf-8")
                .containsEntry("X-Content-Type-Options", "nosniff");
        assertThat(response.getBody()).startsWith("<!DOCTYPE html>").contains("<textarea id=\"text\"");
    }

    @Test
    void servesThePageAtTheRootOfANamedStage() {
        APIGatewayV2HTTPEvent event = Events.get("/prod", "text=hello");
        event.getRequestContext().setStage("prod");

        assertThat(call(WITH_PAGE, event).getStatusCode()).isEqualTo(200);
    }

    @Test
    void staysTheApisNotFoundWhenSwitchedOff() {
        APIGatewayV2HTTPResponse get = call(WITHOUT_PAGE, Events.get("/"));
        APIGatewayV2HTTPResponse post = call(WITHOUT_PAGE, Events.postJson("/", "{}"));

        assertThat(get.getStatusCode()).isEqualTo(404);
        assertThat(get.getHeaders()).containsEntry("Content-Type", ApiResponse.CONTENT_TYPE);
        assertThat(Fixtures.body(get).at("/error/code").asText()).isEqualTo("not_found");
        assertThat(post.getStatusCode()).as("no route, so no 405 either").isEqualTo(404);
    }

    @Test
    void refusesOtherMethodsWhenSwitchedOn() {
        APIGatewayV2HTTPResponse post = call(WITH_PAGE, Events.postJson("/", "{}"));

        assertThat(post.getStatusCode()).isEqualTo(405);
        assertThat(post.getHeaders()).containsEntry("Allow", "GET");
    }

    @Test
    void loadsNothingFromAnywhereElse() {
        String html = TryItPage.html();

        assertThat(html).doesNotContain("src=", "@import", "url(", "//cdn", "fonts.");
        assertThat(Pattern.compile("href=\"(?!data:)").matcher(html).find()).as("links only to data: URLs").isFalse();
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://");
    }

    @Test
    void itsPolicyAllowsExactlyItsOwnInlineScriptAndStyle() throws Exception {
        String policy = TryItPage.response().extraHeaders().get("Content-Security-Policy");

        assertThat(policy).startsWith("default-src 'none';").contains("connect-src 'self'")
                .contains("script-src " + sha256Of(TryItPage.html(), "script") + ";")
                .contains("style-src " + sha256Of(TryItPage.html(), "style") + ";")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http");
    }

    @Test
    void refusesAPageWhoseInlineCodeItCannotPin() {
        assertThatThrownBy(() -> TryItPage.build("<style>a{}</style><script>1</script><script>2</script>"))
                .hasMessageContaining("exactly one plain <script>");
        assertThatThrownBy(() -> TryItPage.build("<script>1</script>"))
                .hasMessageContaining("<style>");
    }

    @Test
    void isDescribedInTheOpenApiDocumentAsHtml() {
        JsonNode page = Fixtures.json(OpenApiDocument.json()).at("/paths/~1/get/responses");

        assertThat(page.at("/200/content").has("text/html")).isTrue();
        assertThat(page.at("/404/$ref").asText()).isEqualTo("#/components/responses/NotFound");
    }

    private static String sha256Of(String html, String tag) throws Exception {
        Matcher m = Pattern.compile("<" + tag + ">(.*?)</" + tag + ">", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
        return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    }
}
