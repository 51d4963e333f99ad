package io.sentio.local.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.sentio.core.explain.ExplainOptions;
import io.sentio.core.explain.ExplainedText;
import io.sentio.core.explain.Explainer;
import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.Classifier;
import io.sentio.function.ApiHandler;
import io.sentio.function.api.V2Events;
import io.sentio.function.lifecycle.FunctionConfig;
import io.sentio.function.lifecycle.FunctionRuntime;
import io.sentio.function.lifecycle.SyntheticContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process latency of explaining the 300-character review of {@link PredictBenchmark}, sampled
 * per call (p50/p90/p99), to set beside that benchmark's {@code predictWithSentences} and
 * {@code handler}:
 * <ul>
 * <li>{@code explain}: {@link Explainer#explain} with the default 10 terms — clean with offsets,
 *     predict the text and its sentences, weigh and locate the terms of each;</li>
 * <li>{@code handlerExplain}: the whole Lambda path of {@code POST /predict} with {@code "explain": true}.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class ExplainBenchmark {
    private Explainer explainer;
    private ApiHandler handler;
    private String review;
    private APIGatewayV2HTTPEvent event;
    private final ExplainOptions options = ExplainOptions.defaults();
    private final SyntheticContext context = new SyntheticContext("bench", "bench");

    @Setup
    public void setUp() throws IOException {
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        review = BenchData.review300();
        var model = BundleDirectory.read(BenchData.bundleDirectory()).open();
        explainer = new Explainer(new Classifier(model));
        handler = new ApiHandler(FunctionRuntime.of(FunctionConfig.fromEnvironment(Map.of("MODEL_URI", "bench")), model));
        String body = "{\"text\":\"" + review.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"explain\":true}";
        event = V2Events.request("POST", "/predict", null, Map.of("content-type", "application/json"), body, false,
                "bench", "127.0.0.1", Instant.EPOCH);
        System.err.printf("review (%d chars): %s%nmodel: %s version %s, explained by %s%n", review.length(), review,
                model.manifest().name(), model.manifest().version(), explainer.method().wireName());
    }

    @Benchmark
    public ExplainedText explain() {
        return explainer.explain(review, options);
    }

    @Benchmark
    public Object handlerExplain() {
        return handler.handleRequest(event, context);
    }
}
