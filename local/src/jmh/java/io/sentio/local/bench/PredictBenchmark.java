package io.sentio.local.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.Prediction;
import io.sentio.core.model.TextPrediction;
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
 * In-process latency of one prediction of a 300-character review (the data set's median length),
 * sampled per call so JMH reports p50/p90/p99:
 * <ul>
 * <li>{@code predict}: {@link Classifier#predict} — clean, features, model, for the whole text;</li>
 * <li>{@code predictWithSentences}: what {@code POST /predict} computes (whole text + each sentence);</li>
 * <li>{@code handler}: the whole Lambda path — event, validation, JSON, classification, rendering,
 *     log line and EMF record (written to a discarding stdout);</li>
 * <li>{@code predictWithSentencesDistinct}: like {@code predictWithSentences}, but each call takes the
 *     next of 20,000 real reviews (mean ~300 characters), so the vocabulary and model lookups miss the
 *     CPU caches as they do under real traffic instead of re-reading one text's features.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class PredictBenchmark {
    private Classifier classifier;
    private ApiHandler handler;
    private String review;
    private APIGatewayV2HTTPEvent event;
    private String[] reviews;
    private int next;
    private final SyntheticContext context = new SyntheticContext("bench", "bench");

    @Setup
    public void setUp() throws IOException {
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        review = BenchData.review300();
        reviews = BenchData.reviews(20_000).toArray(String[]::new);
        var model = BundleDirectory.read(BenchData.bundleDirectory()).open();
        classifier = new Classifier(model);
        handler = new ApiHandler(FunctionRuntime.of(FunctionConfig.fromEnvironment(Map.of("MODEL_URI", "bench")), model));
        String body = "{\"text\":\"" + review.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        event = V2Events.request("POST", "/predict", null, Map.of("content-type", "application/json"), body, false,
                "bench", "127.0.0.1", Instant.EPOCH);
        System.err.printf("review (%d chars): %s%nmodel: %s version %s%n", review.length(), review,
                model.manifest().name(), model.manifest().version());
    }

    @Benchmark
    public Prediction predict() {
        return classifier.predict(review);
    }

    @Benchmark
    public TextPrediction predictWithSentences() {
        return classifier.predictWithSentences(review);
    }

    @Benchmark
    public TextPrediction predictWithSentencesDistinct() {
        String text = reviews[next];
        next = next + 1 == reviews.length ? 0 : next + 1;
        return classifier.predictWithSentences(text);
    }

    @Benchmark
    public Object handler() {
        return handler.handleRequest(event, context);
    }
}
