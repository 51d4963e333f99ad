package io.sentio.function.testing;

import io.sentio.core.model.ModelBundle;
import io.sentio.core.store.ModelStore;
import io.sentio.core.store.ModelStores;
import io.sentio.core.testing.S3TestServer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built {@code function.jar} in AWS Lambda's own Java runtime interface client (the runtime
 * {@code sam local invoke} runs in its container), polling a {@link RuntimeApiFixture} on loopback,
 * with the environment Lambda sets plus S3Mock's endpoint and credentials, and its model in S3Mock.
 */
public final class RuntimeClientProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final RuntimeApiFixture runtimeApi;
    private final S3TestServer s3;
    private final String bucket;

    private RuntimeClientProcess(Process process, Path log, RuntimeApiFixture runtimeApi, S3TestServer s3,
            String bucket) {
        this.process = process;
        this.log = log;
        this.runtimeApi = runtimeApi;
        this.s3 = s3;
        this.bucket = bucket;
    }

    /**
     * Publishes {@code bundle} to a fresh bucket of a new S3Mock server as {@code models/<name>@live},
     * then starts {@code handler} with {@code MODEL_URI} pointing there, as Lambda init would load it.
     *
     * @param handler {@code class::method}, as Lambda's handler setting names it
     * @param dir     the task root; the client's output goes to {@code dir/lambda.log}
     */
    public static RuntimeClientProcess withModelFromS3(String handler, ModelBundle bundle, String name, Path dir)
            throws IOException {
        S3TestServer s3 = new S3TestServer().start();
        String bucket = s3.newBucket();
        String store = "s3://" + bucket + "/models/" + name;
        ModelStore models = new ModelStores(s3::client, Clock.systemUTC()).open(store);
        models.moveAlias("live", models.publish(bundle), "it", "runtime client test");
        RuntimeApiFixture runtimeApi = RuntimeApiFixture.start();
        try {
            return start(handler, runtimeApi, s3, bucket, store + "@live", dir);
        } catch (IOException | RuntimeException e) {
            runtimeApi.close();
            throw e;
        }
    }

    private static RuntimeClientProcess start(String handler, RuntimeApiFixture runtimeApi, S3TestServer s3,
            String bucket, String modelUri, Path dir) throws IOException {
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
        return new RuntimeClientProcess(builder.start(), log, runtimeApi, s3, bucket);
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

    /** The Runtime API the client polls: invoke the function through it. */
    public RuntimeApiFixture runtimeApi() {
        return runtimeApi;
    }

    public S3TestServer s3() {
        return s3;
    }

    /** The bucket the model was published to; free for the test's own objects too. */
    public String bucket() {
        return bucket;
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
        runtimeApi.close();
    }
}
