package io.sentio.function;

import static io.sentio.function.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.function.testing.CapturedOutput;
import io.sentio.function.testing.Events;
import io.sentio.function.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One handler shared by many threads (as the local server does) answers exactly as one thread does. */
class ConcurrencyTest {
    private static final List<String> TEXTS = List.of(
            "I love this dress, it fits perfectly.",
            "Terrible quality, the seams ripped after one wash.",
            "It is okay, nothing special. Runs a bit large.",
            "Beautiful colour! But the fabric is scratchy and cheap.",
            "Fine for the price.",
            "So soft and flattering. Love love love it. Returned the other one.");

    @Test
    void manyThreadsPredictingAtOnceGetTheSameAnswersAsOneThread() throws Exception {
        ApiHandler handler = Fixtures.handler();
        List<String> expected = new ArrayList<>();
        for (String text : TEXTS) {
            expected.add(call(handler, Events.postJson("/predict", json(text))).getBody());
        }
        String expectedBatch = call(handler, Events.postJson("/predict", batch())).getBody();

        int threads = 8;
        int perThread = 150;
        List<List<String>> answers = CapturedOutput.capture(() -> runConcurrently(handler, threads, perThread)).value();

        for (List<String> thread : answers) {
            assertThat(thread).hasSize(perThread);
            for (int i = 0; i < perThread; i++) {
                String want = i % 7 == 6 ? expectedBatch : expected.get(i % 7 % TEXTS.size());
                assertThat(thread.get(i)).isEqualTo(want);
            }
        }
    }

    @Test
    void concurrentRequestsEachWriteOneWholeLogLineAndOneWholeMetricsRecord() {
        ApiHandler handler = Fixtures.handler();
        call(handler, Events.get("/health"));

        CapturedOutput out = CapturedOutput.capture(() -> runConcurrently(handler, 8, 50)).output();

        assertThat(out.logs()).hasSize(8 * 50);
        assertThat(out.metrics()).hasSize(8 * 50)
                .allSatisfy(m -> assertThat(m.get("Predictions").asDouble()).isIn(1.0, (double) TEXTS.size()));
    }

    private static List<List<String>> runConcurrently(ApiHandler handler, int threads, int perThread) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<String>> work = () -> {
                    List<String> bodies = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        String body = i % 7 == 6 ? batch() : json(TEXTS.get(i % 7 % TEXTS.size()));
                        bodies.add(call(handler, Events.postJson("/predict", body)).getBody());
                    }
                    return bodies;
                };
                futures.add(pool.submit(work));
            }
            List<List<String>> answers = new ArrayList<>();
            for (Future<List<String>> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String json(String text) {
        return "{\"text\":\"" + text + "\"}";
    }

    private static String batch() {
        StringBuilder out = new StringBuilder("{\"texts\":[");
        for (int i = 0; i < TEXTS.size(); i++) {
            out.append(i == 0 ? "" : ",").append('"').append(TEXTS.get(i)).append('"');
        }
        return out.append("]}").toString();
    }
}
