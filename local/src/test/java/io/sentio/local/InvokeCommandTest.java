package io.sentio.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.model.BundleDirectory;
import io.sentio.function.testing.Fixtures;
import io.sentio.function.testing.SampleEvents;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invoke}: one event file through the handler, the response alone on stdout. */
class InvokeCommandTest {
    @TempDir
    static Path dir;
    private static Path bundle;

    @BeforeAll
    static void writeBundle() throws IOException {
        bundle = dir.resolve("bundle");
        BundleDirectory.write(Fixtures.bundle(), bundle);
    }

    @Test
    void printsTheLambdaResponseAndNothingElseOnStdout() {
        var result = run("invoke", "--model", bundle.toString(), SampleEvents.path("predict.json").toString());

        assertThat(result.code()).isZero();
        JsonNode response = Fixtures.json(result.stdout());
        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(Fixtures.json(response.get("body").asText()).get("model").get("name").asText())
                .isEqualTo("test-reviews");
        assertThat(result.stderr()).contains("\"message\":\"prediction\"").contains("\"_aws\"");
    }

    @Test
    void errorEventsAreAnsweredNotFailed() {
        var result = run("invoke", "-m", bundle.toString(),
                SampleEvents.path("bad-unknown-route.json").toString());

        assertThat(result.code()).isZero();
        assertThat(Fixtures.json(result.stdout()).get("statusCode").asInt()).isEqualTo(404);
    }

    @Test
    void missingModelOrEventFileExitsWithAClearMessage() {
        var noModel = run("invoke", "--model", dir.resolve("nothing").toString(),
                SampleEvents.path("health.json").toString());
        var noEvent = run("invoke", "--model", bundle.toString(), dir.resolve("missing.json").toString());

        assertThat(noModel.code()).isEqualTo(2);
        assertThat(noModel.stderr()).contains("invoke: cannot load model MODEL_URI=");
        assertThat(noModel.stdout()).isEmpty();
        assertThat(noEvent.code()).isEqualTo(2);
        assertThat(noEvent.stderr()).contains("cannot read event");
    }

    @Test
    void helpListsBothTwins() {
        var result = run("--help");

        assertThat(result.stdout()).contains("serve").contains("invoke");
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
