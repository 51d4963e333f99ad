package io.sentio.function;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.core.model.BundleDirectory;
import io.sentio.core.store.ModelStore;
import io.sentio.core.store.ModelStores;
import io.sentio.core.testing.S3TestServer;
import io.sentio.function.testing.Fixtures;
import io.sentio.function.testing.RuntimeApiFixture;
import io.sentio.function.testing.SampleEvents;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
    private static S3TestServer s3;
    private static RuntimeApiFixture runtimeApi;
    private static Process lambda;
    private static Path log;

    @BeforeAll
    static void startTheFunctionInTheRuntimeClient() throws Exception {
        s3 = new S3TestServer().start();
        String bucket = s3.newBucket();
        ModelStore store = new ModelStores(s3::client, Clock.systemUTC()).open("s3://" + bucket + "/models/reviews");
        store.moveAlias("live", store.publish(Fixtures.bundle()), "it", "runtime client test");
        runtimeApi = RuntimeApiFixture.start();

        Path runtimeJars = Path.of(System.getProperty("lambda.runtime.dir", "target/lambda-runtime"));
        String classPath = String.join(File.pathSeparator,
                Path.of(System.getProperty("function.jar", "target/function.jar")).toString(),
                runtimeJars.resolve("aws-lambda-java-runtime-interface-client.jar").toString(),
                runtimeJars.resolve("aws-lambda-java-serialization.jar").toString());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
                "io.sentio.function.ApiHandler::handleRequest"));
        log = dir.resolve("lambda.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(lambdaEnvironment("s3://" + bucket + "/models/reviews@live"));
        lambda = builder.start();
    }

    /** What Lambda sets for a function (plus S3Mock's endpoint and credentials). */
    private static Map<String, String> lambdaEnvironment(String modelUri) {
        Map<String, String> env = new HashMap<>(s3.environment());
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi.address());
        env.put("AWS_LAMBDA_FUNCTION_NAME", "sentio-it");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/sentio-it");
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "it");
        env.put("AWS_REGION", S3TestServer.REGION);
        env.put("LAMBDA_TASK_ROOT", dir.toString());
        env.put("POWERTOOLS_METRICS_NAMESPACE", "Sentio");
        env.put("POWERTOOLS_SERVICE_NAME", "sentio-api");
        env.put("MODEL_URI", modelUri);
        env.remove("AWS_EMF_ENVIRONMENT");
        return env;
    }

    @AfterAll
    static void stop() throws Exception {
        if (lambda != null) {
            lambda.destroy();
            if (!lambda.waitFor(10, TimeUnit.SECONDS)) {
                lambda.destroyForcibly();
            }
        }
        if (runtimeApi != null) {
            runtimeApi.close();
        }
    }

    static List<String> eventFiles() {
        return SampleEvents.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventFiles")
    void everySampleEventGetsItsDocumentedAnswer(String file) throws Exception {
        SampleEvents.Expected expected = SampleEvents.expected(file);

        RuntimeApiFixture.Answer answer = runtimeApi.invoke(SampleEvents.read(file), ANSWER_TIMEOUT, lambda::isAlive);

        assertThat(answer.error()).as("%s%n%s", answer.body(), tail()).isFalse();
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
        runtimeApi.invoke(SampleEvents.read("predict.json"), ANSWER_TIMEOUT, lambda::isAlive);

        String output = Files.readString(log);
        assertThat(runtimeApi.initError()).isEmpty();
        assertThat(output).contains("\"message\":\"prediction\"").contains("\"_aws\"")
                .doesNotContain("Exception").doesNotContain("\tat ")
                .as("log4j's own status lines (a plugin the jar lacks, a configuration it cannot build)")
                .doesNotContainPattern(" (ERROR|WARN) ");
    }

    private static String tail() {
        try {
            String output = Files.readString(log);
            return output.substring(Math.max(0, output.length() - 4000));
        } catch (java.io.IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
