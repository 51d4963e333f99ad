package io.sentio.function;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.function.testing.Fixtures;
import io.sentio.function.testing.RuntimeApiFixture;
import io.sentio.function.testing.RuntimeClientProcess;
import io.sentio.function.testing.SampleEvents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built {@code function.jar} in AWS Lambda's own Java runtime interface client — the runtime
 * {@code sam local invoke} runs in its container — with the model fetched from S3 (S3Mock) as
 * Lambda init does, fed every sample event by a Runtime API on loopback. Lambda's event
 * deserialisation and response serialisation, the shaded jar's classes and its logging all take
 * part, none of which the unit tests (on Maven's class path) see.
 */
class LambdaRuntimeClientIT {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    private static RuntimeClientProcess lambda;

    @BeforeAll
    static void startTheFunctionInTheRuntimeClient() throws Exception {
        lambda = RuntimeClientProcess.withModelFromS3("io.sentio.function.ApiHandler::handleRequest",
                Fixtures.bundle(), "reviews", dir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (lambda != null) {
            lambda.close();
        }
    }

    static List<String> eventFiles() {
        return SampleEvents.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventFiles")
    void everySampleEventGetsItsDocumentedAnswer(String file) throws Exception {
        SampleEvents.Expected expected = SampleEvents.expected(file);

        RuntimeApiFixture.Answer answer = lambda.runtimeApi().invoke(SampleEvents.read(file), ANSWER_TIMEOUT, lambda::isAlive);

        assertThat(answer.error()).as("%s%n%s", answer.body(), lambda.tail()).isFalse();
        JsonNode response = Fixtures.json(answer.body());
        assertThat(response.get("statusCode").asInt()).as(answer.body()).isEqualTo(expected.status());
        JsonNode body = Fixtures.json(response.get("body").asText());
        if (expected.errorCode().isPresent()) {
            assertThat(body.get("error").get("code").asText()).isEqualTo(expected.errorCode().get());
            assertThat(body.get("error").get("requestId").asText()).isNotBlank();
        } else {
            assertThat(body.has("error")).isFalse();
        }
    }

    @Test
    void theFunctionLogsJsonLinesAndEmfRecordsNotStackTraces() throws Exception {
        lambda.runtimeApi().invoke(SampleEvents.read("predict.json"), ANSWER_TIMEOUT, lambda::isAlive);

        String output = lambda.output();
        assertThat(lambda.runtimeApi().initError()).isEmpty();
        assertThat(output).contains("\"message\":\"prediction\"").contains("\"_aws\"")
                .doesNotContain("Exception").doesNotContain("\tat ")
                .as("log4j's own status lines (a plugin the jar lacks, a configuration it cannot build)")
                .doesNotContainPattern(" (ERROR|WARN) ");
    }
}
