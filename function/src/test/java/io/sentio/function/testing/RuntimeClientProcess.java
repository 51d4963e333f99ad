package io.sentio.function.testing;

import io.sentio.core.testing.S3TestServer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built {@code function.jar} in AWS Lambda's own Java runtime interface client (the runtime
 * {@code sam local invoke} runs in its container), polling a {@link RuntimeApiFixture} on loopback,
 * with the environment Lambda sets plus S3Mock's endpoint and credentials.
 */
public final class RuntimeClientProcess implements AutoCloseable {
    private final Process process;
    private final Path log;

    private RuntimeClientProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * @param handler  {@code class::method}, as Lambda's handler setting names it
     * @param modelUri what {@code MODEL_URI} says
     * @param extra    further environment variables
     * @param dir      the task root; the client's output goes to {@code dir/lambda.log}
     */
    public static RuntimeClientProcess start(String handler, RuntimeApiFixture runtimeApi, S3TestServer s3,
            String modelUri, Map<String, String> extra, Path dir) throws IOException {
        Path runtimeJars = Path.of(System.getProperty("lambda.runtime.dir", "target/lambda-runtime"));
        String classPath = String.join(File.pathSeparator,
                Path.of(System.getProperty("function.jar", "target/function.jar")).toString(),
                runtimeJars.resolve("aws-lambda-java-runtime-interface-client.jar").toString(),
                runtimeJars.resolve("aws-lambda-java-serialization.jar").toString());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", handler));
        Path log = dir.resolve("lambda.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(lambdaEnvironment(runtimeApi, s3, modelUri, dir));
        builder.environment().putAll(extra);
        return new RuntimeClientProcess(builder.start(), log);
    }

    /** What Lambda sets for a function (plus S3Mock's endpoint and credentials). */
    private static Map<String, String> lambdaEnvironment(RuntimeApiFixture runtimeApi, S3TestServer s3, String modelUri,
            Path taskRoot) {
        Map<String, String> env = new HashMap<>(s3.environment());
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi.address());
        env.put("AWS_LAMBDA_FUNCTION_NAME", "sentio-it");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/sentio-it");
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "it");
        env.put("AWS_REGION", S3TestServer.REGION);
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("POWERTOOLS_METRICS_NAMESPACE", "Sentio");
        env.put("POWERTOOLS_SERVICE_NAME", "sentio-api");
        env.put("MODEL_URI", modelUri);
        env.remove("AWS_EMF_ENVIRONMENT");
        return env;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the client and the function wrote so far. */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last few thousand characters of {@link #output()}, for assertion messages. */
    public String tail() {
        String output = output();
        return output.substring(Math.max(0, output.length() - 4000));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
