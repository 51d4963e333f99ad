package io.sentio.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.core.model.ModelBundle;
import io.sentio.function.ApiHandler;
import io.sentio.function.lifecycle.FunctionConfig;
import io.sentio.function.lifecycle.FunctionRuntime;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The try-it page in a real browser (headless Chromium) against the local twin on Jetty, serving
 * real (small, trained) models: what the page shows must be what the API answered.
 */
@EnabledIf(value = "io.sentio.local.HeadlessChromium#available", disabledReason = HeadlessChromium.MISSING)
class TryItPageBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int MAX_TEXT_CHARS = 400;

    @TempDir
    static Path profile;
    private static LocalServer reviews;
    private static LocalServer genres;
    /** One browser for the class (starting one takes seconds); each test starts from a blank page. */
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        reviews = serve(EvaluatedModels.sentiment());
        genres = serve(EvaluatedModels.genres());
        browser = HeadlessChromium.start(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (reviews != null) {
            reviews.close();
        }
        if (genres != null) {
            genres.close();
        }
    }

    @BeforeEach
    void blankPage() {
        browser.get("about:blank");
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.manage().logs().get(LogType.BROWSER); // drops what earlier tests left in the console
    }

    @Test
    void showsTheLabelProbabilitiesAndSentencesTheApiAnswers() throws IOException {
        String text = "Terrible quality, the fabric is cheap. I love the colour though!";
        JsonNode expected = predict(reviews, text);

        open(reviews, "/");
        browser.findElement(By.id("text")).sendKeys(text);
        browser.findElement(By.id("submit")).click();
        awaitPrediction();

        assertThat(browser.findElement(By.id("label")).getDomAttribute("data-labels"))
                .isEqualTo(expected.get("label").asText());
        List<WebElement> rows = browser.findElements(By.cssSelector("#probabilities li.prob"));
        assertThat(rows).extracting(row -> row.getDomAttribute("data-label"))
                .containsExactlyElementsOf(fieldNames(expected.get("probabilities")));
        assertThat(browser.findElements(By.cssSelector("#probabilities li.prob.chosen")))
                .extracting(row -> row.getDomAttribute("data-label")).containsExactly(expected.get("label").asText());
        List<String> sentenceLabels = new ArrayList<>();
        expected.get("sentences").forEach(s -> sentenceLabels.add(s.get("label").asText()));
        assertThat(browser.findElements(By.cssSelector("#sentences li.sentence")))
                .extracting(li -> li.getDomAttribute("data-labels")).containsExactlyElementsOf(sentenceLabels);
        assertThat(browser.findElement(By.id("highlighted")).getText()).isEqualTo(text);
        URI address = URI.create(browser.getCurrentUrl());
        assertThat(address.getPath()).isEqualTo("/");
        assertThat(address.getQuery()).as("the address shares the prediction").isEqualTo("text=" + text);
        HeadlessChromium.screenshot(browser, "desktop");
        assertThat(severeConsoleMessages()).as("nothing refused by the page's policy, no script errors").isEmpty();
    }

    @Test
    void highlightsTheWordsOfTheExplanationWhereTheyAreInTheText() throws IOException {
        String text = "Terrible  quality, the <b>fabric</b> is cheap. I love the colour though!";
        JsonNode explanation = predict(reviews, text, Map.of("explain", true, "explain_terms", 25)).get("explanation");

        open(reviews, "/");
        browser.findElement(By.id("text")).sendKeys(text);
        browser.findElement(By.id("submit")).click();
        awaitPrediction();

        assertThat(browser.findElement(By.id("highlighted")).getDomProperty("textContent")).as("the text as typed")
                .isEqualTo(text);
        assertMarksFollow(explanation, text);
        assertThat(browser.findElements(By.cssSelector("#terms li"))).extracting(li -> li.getDomAttribute("data-term"))
                .containsExactlyElementsOf(termNames(explanation).subList(0, Math.min(12, explanation.get("terms").size())));
        assertThat(browser.findElement(By.id("legend")).getText()).contains("towards " + explanation.get("label").asText());
        HeadlessChromium.screenshot(browser, "explained");
    }

    @Test
    void explainsEachSentenceAndAnyLabelOnRequest() throws IOException {
        String text = "Terrible quality, the fabric is cheap. I love the colour though!";
        JsonNode answer = predict(reviews, text, Map.of("explain", true, "explain_terms", 25));

        open(reviews, "/?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        awaitPrediction();
        browser.findElements(By.cssSelector("#sentences button.why")).get(1).click();

        assertMarksFollow(answer.at("/sentences/1/explanation"), text);
        assertThat(browser.findElements(By.cssSelector("#sentences li.sentence")).get(1)
                .findElements(By.cssSelector(".sentence-terms .term"))).extracting(t -> t.getDomAttribute("data-term"))
                .containsExactlyElementsOf(termNames(answer.at("/sentences/1/explanation")).subList(0, 3));

        String other = fieldNames(answer.get("probabilities")).get(2);
        new Select(browser.findElement(By.id("explain-label"))).selectByValue(other);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("legend"), "towards " + other));
        JsonNode otherExplanation = predict(reviews, text, Map.of("explain", true, "explain_terms", 25,
                "explain_label", other)).get("explanation");
        assertMarksFollow(otherExplanation, text);
    }

    @Test
    void withoutExplanationsThePagePredictsAndSaysSo() throws IOException {
        try (LocalServer unexplained = serve(EvaluatedModels.sentiment(), Map.of("EXPLAIN_ENABLED", "false"))) {
            String text = "Love it, perfect fit!";

            open(unexplained, "/?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            awaitPrediction();

            assertThat(browser.findElement(By.id("label")).getDomAttribute("data-labels"))
                    .isEqualTo(predict(unexplained, text).get("label").asText());
            assertThat(browser.findElements(By.cssSelector("#highlighted mark"))).isEmpty();
            assertThat(browser.findElement(By.id("explanation-note")).getText())
                    .isEqualTo("This API does not give explanations, so no words are highlighted.");
        }
    }

    @Test
    void aSharedLinkFillsTheBoxAndPredictsOnLoad() throws IOException {
        String text = "Perfect fit, so soft, I love it!";
        JsonNode expected = predict(reviews, text);

        open(reviews, "/?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        awaitPrediction();

        assertThat(browser.findElement(By.id("text")).getDomProperty("value")).isEqualTo(text);
        assertThat(browser.findElement(By.id("label")).getDomAttribute("data-labels"))
                .isEqualTo(expected.get("label").asText());
    }

    @Test
    void predictsFromTheKeyboardAlone() {
        open(reviews, "/");
        WebElement box = browser.findElement(By.id("text"));
        box.click();
        box.sendKeys("Awful fit and cheap fabric.");
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        awaitPrediction();
        assertThat(browser.findElement(By.id("label")).getText()).isNotBlank();

        box.sendKeys(" Still, a beautiful colour.");
        box.sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).as("Tab reaches the button")
                .isEqualTo("submit");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("beautiful"));

        @SuppressWarnings("unchecked")
        List<String> unnamed = (List<String>) browser.executeScript("""
                return [...document.querySelectorAll('button, select, textarea, input')]
                    .filter(c => c.labels.length === 0 && !c.getAttribute('aria-label') && c.textContent.trim() === '')
                    .map(c => c.outerHTML);""");
        assertThat(unnamed).as("every control has a name a screen reader can say").isEmpty();
    }

    @Test
    void fitsAPhoneWidthScreen() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        open(reviews, "/?text=" + URLEncoder.encode("Great top, lovely fabric. Runs a bit large.", StandardCharsets.UTF_8));
        awaitPrediction();
        awaitModelCard();

        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
        assertThat(browser.findElement(By.id("model-card")).getRect().getY())
                .as("the card goes below the form on a narrow screen")
                .isGreaterThan(browser.findElement(By.id("result")).getRect().getY());
        assertThat(browser.findElement(By.id("submit")).getRect().getWidth()).isLessThanOrEqualTo(390);
        HeadlessChromium.screenshot(browser, "phone");
    }

    @Test
    void showsTheModelCardWithItsEvaluationPlots() throws IOException {
        JsonNode model = get(reviews, "/model");

        open(reviews, "/");
        awaitModelCard();

        assertThat(browser.findElement(By.id("card-name")).getText()).isEqualTo(model.get("name").asText());
        assertThat(browser.findElement(By.id("card-version")).getText()).isEqualTo(model.get("version").asText());
        assertThat(browser.findElement(By.id("card-created")).getText()).startsWith(
                model.get("created_at").asText().substring(0, 10));
        assertThat(browser.findElement(By.cssSelector("#card-data-hash code")).getDomAttribute("title"))
                .isEqualTo(model.at("/data/sha256").asText());
        assertThat(browser.findElement(By.id("card-labels")).getText())
                .isEqualTo(String.join(", ", texts(model.get("labels"))));
        assertThat(browser.findElement(By.cssSelector("#metrics tr[data-metric=accuracy] td")).getText())
                .isEqualTo("%.3f".formatted(model.at("/metrics/accuracy").asDouble()));

        List<WebElement> cells = browser.findElements(By.cssSelector("#confusion-matrix rect"));
        assertThat(cells).hasSize(9);
        for (WebElement cell : cells) {
            assertThat(Long.parseLong(cell.getDomAttribute("data-count"))).isEqualTo(model.at("/metrics/confusion_matrix/"
                    + cell.getDomAttribute("data-true") + "/" + cell.getDomAttribute("data-predicted")).asLong());
        }
        List<WebElement> bars = browser.findElements(By.cssSelector("#per-class-bars rect[data-series]"));
        assertThat(bars).hasSize(3 * 3);
        for (WebElement bar : bars) {
            assertThat(Double.parseDouble(bar.getDomAttribute("data-value"))).isEqualTo(model.at("/metrics/per_class/"
                    + bar.getDomAttribute("data-label") + "/" + bar.getDomAttribute("data-series")).asDouble());
        }
        HeadlessChromium.screenshot(browser, "model-card");
    }

    @Test
    void showsTheLabelSetOfAMultiLabelModelWithItsThresholds() throws IOException {
        String text = "A young wizard and an elf go on a quest. Later they fall in love in Paris.";
        JsonNode expected = predict(genres, text, Map.of("explain", true, "explain_terms", 25));

        open(genres, "/");
        awaitModelCard();
        browser.findElement(By.id("text")).sendKeys(text);
        browser.findElement(By.id("submit")).click();
        awaitPrediction();

        assertThat(browser.findElement(By.id("labels")).getDomAttribute("data-labels"))
                .isEqualTo(String.join("\n", texts(expected.get("labels"))));
        assertThat(browser.findElements(By.cssSelector("#probabilities li.prob.chosen")))
                .extracting(row -> row.getDomAttribute("data-label"))
                .containsExactlyInAnyOrderElementsOf(texts(expected.get("labels")));
        assertThat(browser.findElements(By.cssSelector("#probabilities .threshold")))
                .as("one decision threshold per label").hasSize(expected.get("probabilities").size());
        assertThat(expected.at("/explanation/label").asText()).as("the most probable chosen label")
                .isEqualTo(expected.get("labels").get(0).asText());
        assertMarksFollow(expected.get("explanation"), text);
        assertThat(browser.findElements(By.cssSelector("#label-confusion rect[data-kind]")))
                .hasSize(3 * get(genres, "/model").get("labels").size());
        HeadlessChromium.screenshot(browser, "multi-label");
    }

    @Test
    void saysWhyATextWasRefused() {
        open(reviews, "/");
        browser.findElement(By.id("submit")).click();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Type a text first.");

        browser.findElement(By.id("text")).sendKeys("so long ".repeat(MAX_TEXT_CHARS / 8 + 1));
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Not predicted"));
        assertThat(browser.findElement(By.id("status")).getText())
                .isEqualTo("Not predicted: a text may have at most " + MAX_TEXT_CHARS + " characters");
        assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();
    }

    /**
     * The marks in the page are the explanation's spans: for every term, the marked pieces that name
     * it are exactly the text at its spans, and a mark is green (towards) or red (against) by the
     * sign of the summed weight of the terms covering it.
     */
    private void assertMarksFollow(JsonNode explanation, String text) {
        wait.until(driver -> !driver.findElements(By.cssSelector("#highlighted mark")).isEmpty());
        List<WebElement> marks = browser.findElements(By.cssSelector("#highlighted mark"));
        for (JsonNode term : explanation.get("terms")) {
            StringBuilder atSpans = new StringBuilder();
            term.get("spans").forEach(span -> atSpans.append(text, span.get(0).asInt(), span.get(1).asInt()));
            StringBuilder marked = new StringBuilder();
            for (WebElement mark : marks) {
                if (List.of(mark.getDomAttribute("data-terms").split("\n")).contains(term.get("term").asText())) {
                    marked.append(text, Integer.parseInt(mark.getDomAttribute("data-start")),
                            Integer.parseInt(mark.getDomAttribute("data-end")));
                }
            }
            assertThat(marked.toString()).as("marked for '%s'", term.get("term").asText()).isEqualTo(atSpans.toString());
        }
        for (WebElement mark : marks) {
            double weight = Double.parseDouble(mark.getDomAttribute("data-weight"));
            assertThat(mark.getDomAttribute("class")).isEqualTo(weight >= 0 ? "toward" : "against");
            assertThat(mark.getDomProperty("textContent")).isEqualTo(text.substring(
                    Integer.parseInt(mark.getDomAttribute("data-start")), Integer.parseInt(mark.getDomAttribute("data-end"))));
        }
        assertThat(marks).extracting(mark -> mark.getDomAttribute("data-terms"))
                .allSatisfy(names -> assertThat(termNames(explanation)).containsAll(List.of(names.split("\n"))));
    }

    private static List<String> termNames(JsonNode explanation) {
        List<String> names = new ArrayList<>();
        explanation.get("terms").forEach(term -> names.add(term.get("term").asText()));
        return names;
    }

    private static LocalServer serve(ModelBundle bundle) throws IOException {
        return serve(bundle, Map.of());
    }

    private static LocalServer serve(ModelBundle bundle, Map<String, String> settings) throws IOException {
        Map<String, String> env = new HashMap<>(settings);
        env.putAll(Map.of("MODEL_URI", bundle.manifest().name(), "TRY_IT_PAGE", "true",
                "MAX_TEXT_CHARS", Integer.toString(MAX_TEXT_CHARS)));
        FunctionConfig config = FunctionConfig.fromEnvironment(env);
        ApiHandler handler = new ApiHandler(FunctionRuntime.of(config, bundle.open()));
        return LocalServer.start(handler, "127.0.0.1", 0, 4, config.limits().maxBodyBytes());
    }

    private void open(LocalServer server, String path) {
        browser.get("http://127.0.0.1:" + server.port() + path);
    }

    private void awaitPrediction() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    }

    private void awaitModelCard() {
        wait.until(ExpectedConditions.textToBe(By.id("card-status"), ""));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-name")));
    }

    private List<String> severeConsoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private static JsonNode predict(LocalServer server, String text) throws IOException {
        return predict(server, text, Map.of());
    }

    private static JsonNode predict(LocalServer server, String text, Map<String, Object> options) throws IOException {
        Map<String, Object> body = new HashMap<>(options);
        body.put("text", text);
        return send(HttpRequest.newBuilder(uri(server, "/predict"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    private static JsonNode get(LocalServer server, String path) throws IOException {
        return send(HttpRequest.newBuilder(uri(server, path)).build());
    }

    private static JsonNode send(HttpRequest request) throws IOException {
        try {
            return JSON.readTree(HTTP.send(request, BodyHandlers.ofString()).body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static URI uri(LocalServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
