package io.sentio.local.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load against the local server: starts {@code java -jar target/sentio-local.jar serve} with the
 * model, sends real reviews as {@code POST /predict} at each concurrency level (one keep-alive
 * connection per client thread, all on this machine's cores), and prints latency percentiles,
 * throughput, errors and the server's RSS from /proc.
 *
 * <p>Options (after {@code -Dbench.args=}): {@code --requests 20000 --concurrency 1,8
 * --warmup 20s --threads 8 --jvm "…"} (default {@link #DEFAULT_JVM}, and MALLOC_ARENA_MAX=2).
 * {@code --warmup} is a duration ({@code 20s}) or a number of requests ({@code 10000}), sent at each
 * concurrency level before its measured requests.
 */
public final class LoadGenerator {
    /** What scripts/sentio-function uses for serve, with the heap capped to what the model needs. */
    static final String DEFAULT_JVM = "-Xms32m -Xmx224m -Xmn32m -XX:+UseSerialGC -XX:MaxHeapFreeRatio=20 "
            + "-XX:MinHeapFreeRatio=5 -XX:-ShrinkHeapInSteps";

    /** The generator's own CPU time: what it takes from the two cores the server also needs. */
    private static final com.sun.management.OperatingSystemMXBean OWN_CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int requests = Integer.parseInt(options.getOrDefault("requests", "20000"));
        Warmup warmup = Warmup.parse(options.getOrDefault("warmup", "20s"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        List<Integer> levels = Arrays.stream(options.getOrDefault("concurrency", "1,8").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        List<String> jvm = Options.words(options.getOrDefault("jvm", DEFAULT_JVM));

        Path bundle = BenchData.bundleDirectory();
        List<String> texts = BenchData.reviews(requests);
        byte[][] bodies = new byte[texts.size()][];
        long chars = 0;
        for (int i = 0; i < texts.size(); i++) {
            bodies[i] = HttpConnection.post("/predict", "{\"text\":" + Options.quote(texts.get(i)) + "}");
            chars += texts.get(i).length();
        }
        Path log = Path.of("target", "bench", "serve.log");
        System.out.printf("model: %s%ntexts: %d distinct reviews, mean %d chars%nserver: java %s -jar %s serve "
                + "--threads %d (stdout+stderr -> %s)%nload generator: %d cores shared with the server%n"
                + "warm-up before each level: %s%n%n", bundle, texts.size(), chars / texts.size(), String.join(" ", jvm),
                BenchData.LOCAL_JAR, threads, log, Runtime.getRuntime().availableProcessors(), warmup);

        try (ServerProcess server = ServerProcess.start(jvm, bundle.toString(), Map.of("MALLOC_ARENA_MAX", "2"), log,
                threads)) {
            double readyMs = waitUntilServing(server);
            System.out.printf("server ready (first 200 from /health) after %.0f ms; RSS %d KiB%n%n", readyMs,
                    server.rssKib()[0]);
            System.out.println("concurrency  requests  errors     p50 ms   p90 ms   p99 ms  p99.9 ms   max ms"
                    + "   req/s   RSS KiB  server CPU µs/req  client CPU µs/req");
            for (int concurrency : levels) {
                warmup.run(server.port, bodies, concurrency);
                long serverCpu = server.cpuMillis();
                long clientCpu = OWN_CPU.getProcessCpuTime();
                Result result = run(server.port, bodies, concurrency, requests);
                double serverMicros = (server.cpuMillis() - serverCpu) * 1000.0 / requests;
                double clientMicros = (OWN_CPU.getProcessCpuTime() - clientCpu) / 1000.0 / requests;
                long[] rss = server.rssKib();
                System.out.printf("%11d  %8d  %6d  %9.3f %8.3f %8.3f %9.3f %8.3f %7.0f  %8d  %17.0f  %17.0f%n",
                        concurrency, result.latencies.length, result.errors, ms(result.percentile(50)),
                        ms(result.percentile(90)), ms(result.percentile(99)), ms(result.percentile(99.9)),
                        ms(result.percentile(100)), result.throughput(), rss[0], serverMicros, clientMicros);
            }
            long[] rss = server.rssKib();
            System.out.printf("%nserver RSS after the runs: %d KiB (%.1f MiB); peak (VmHWM): %d KiB (%.1f MiB)%n",
                    rss[0], rss[0] / 1024.0, rss[1], rss[1] / 1024.0);
        }
    }

    static double waitUntilServing(ServerProcess server) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        byte[] health = HttpConnection.get("/health");
        while (System.nanoTime() < deadline) {
            if (!server.process.isAlive()) {
                throw new IllegalStateException("server exited with " + server.process.exitValue()
                        + "; see target/bench/serve.log");
            }
            try (HttpConnection connection = new HttpConnection(server.port)) {
                if (connection.exchange(health) == 200) {
                    return (System.nanoTime() - server.startedNanos) / 1e6;
                }
            } catch (IOException notYet) {
                Thread.sleep(5);
            }
        }
        throw new IllegalStateException("server not serving after 60 s");
    }

    /**
     * Sent before each measured run, so that the figures are of a warmed-up server: on two shared
     * cores the JIT keeps compiling the request path for 20–30 s (PrintCompilation showed ~100
     * compilations a second after 20 s), and throughput in the first 10,000 requests is half the
     * steady one.
     */
    record Warmup(long requests, long seconds) {
        private static final int BATCH = 5_000;

        @Override
        public String toString() {
            return seconds > 0 ? seconds + " s" : requests + " requests";
        }

        static Warmup parse(String value) {
            return value.endsWith("s") ? new Warmup(0, Long.parseLong(value.substring(0, value.length() - 1)))
                    : new Warmup(Long.parseLong(value), 0);
        }

        void run(int port, byte[][] bodies, int concurrency) throws Exception {
            if (seconds == 0) {
                LoadGenerator.run(port, bodies, concurrency, (int) requests);
                return;
            }
            long until = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < until) {
                LoadGenerator.run(port, bodies, concurrency, BATCH);
            }
        }
    }

    private static Result run(int port, byte[][] bodies, int concurrency, int requests) throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            Thread client = new Thread(() -> {
                try (HttpConnection connection = new HttpConnection(port)) {
                    start.await();
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                        long sent = System.nanoTime();
                        int status = connection.exchange(bodies[i % bodies.length]);
                        latencies[i] = System.nanoTime() - sent;
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "client-" + c);
            client.start();
            clients.add(client);
        }
        long began = System.nanoTime();
        start.countDown();
        for (Thread client : clients) {
            client.join();
        }
        long wall = System.nanoTime() - began;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("client failed", failures.get(0));
        }
        Arrays.sort(latencies);
        return new Result(latencies, errors.get(), wall);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    record Result(long[] latencies, int errors, long wallNanos) {
        long percentile(double p) {
            int index = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, index))];
        }

        double throughput() {
            return latencies.length / (wallNanos / 1e9);
        }
    }
}
