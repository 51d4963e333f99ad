package io.sentio.local.bench;

import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.store.ModelStore;
import io.sentio.core.store.ModelStores;
import io.sentio.core.testing.S3TestServer;
import io.sentio.core.testing.TestBundles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start of the local twin: process start → first 200 answer to {@code POST /predict}, with
 * the model fetched from an S3-compatible server (S3Mock, started here) through
 * {@code s3://…@live}, as Lambda init fetches it. Prints each run, the median, and the model-load
 * share the server logged.
 *
 * <p>Options: {@code --runs 5 --model trained|tiny --jvm "-XX:TieredStopAtLevel=1"} (default: the
 * JVM's defaults); with {@code --cds true} a class-data-sharing archive is made in a first run and
 * used after.
 */
public final class ColdStartBenchmark {
    private static final Pattern LOAD_MILLIS = Pattern.compile("\"modelLoadMillis\":([0-9.]+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        List<String> jvm = new ArrayList<>(Options.words(options.getOrDefault("jvm", "")));
        boolean cds = Boolean.parseBoolean(options.getOrDefault("cds", "false"));
        ModelBundle bundle = "tiny".equals(options.get("model")) ? TestBundles.sentiment()
                : BundleDirectory.read(BenchData.bundleDirectory());

        S3TestServer s3 = new S3TestServer().start();
        String bucket = s3.newBucket();
        ModelStore store = new ModelStores(s3::client, Clock.systemUTC()).open("s3://" + bucket + "/models/reviews");
        int version = store.publish(bundle);
        store.moveAlias("live", version, "bench", "cold start benchmark");
        long bytes = bundle.files().values().stream().mapToLong(b -> b.length).sum();
        String modelUri = "s3://" + bucket + "/models/reviews@live";
        Map<String, String> env = new HashMap<>(s3.environment());
        env.put("AWS_EMF_ENVIRONMENT", "Local");

        if (cds) {
            Path archive = Path.of("target", "bench", "sentio-local.jsa").toAbsolutePath();
            Files.deleteIfExists(archive);
            List<String> dump = new ArrayList<>(jvm);
            dump.add("-XX:ArchiveClassesAtExit=" + archive);
            measure(dump, modelUri, env);
            jvm.add("-XX:SharedArchiveFile=" + archive);
            System.out.printf("class-data-sharing archive: %s (%d KiB)%n", archive, Files.size(archive) / 1024);
        }
        System.out.printf("model: %s version %s from %s (S3Mock over HTTP), %.1f MiB of bundle files%n"
                + "server: java %s -jar %s serve --model %s%n%n", bundle.manifest().name(), version, modelUri,
                bytes / 1048576.0, String.join(" ", jvm), BenchData.LOCAL_JAR, modelUri);
        System.out.println("run  first 200 ms  model load ms (fetch+verify+deserialise, from the server log)");
        double[] firsts = new double[runs];
        for (int run = 0; run < runs; run++) {
            double[] result = measure(jvm, modelUri, env);
            firsts[run] = result[0];
            System.out.printf("%3d  %12.0f  %13.0f%n", run + 1, result[0], result[1]);
        }
        Arrays.sort(firsts);
        System.out.printf("%nmedian %.0f ms, min %.0f ms, max %.0f ms over %d runs%n", firsts[runs / 2], firsts[0],
                firsts[runs - 1], runs);
        System.exit(0);
    }

    /** One cold start: [ms to the first 200 from POST /predict, model load ms logged by the server]. */
    private static double[] measure(List<String> jvm, String modelUri, Map<String, String> env) throws Exception {
        Path log = Path.of("target", "bench", "coldstart.log");
        byte[] predict = HttpConnection.post("/predict", "{\"text\":\"Love this dress, it fits perfectly.\"}");
        try (ServerProcess server = ServerProcess.start(jvm, modelUri, env, log, 4)) {
            long deadline = server.startedNanos + 120_000_000_000L;
            while (System.nanoTime() < deadline) {
                if (!server.process.isAlive()) {
                    throw new IllegalStateException("server exited; see " + log);
                }
                try (HttpConnection connection = new HttpConnection(server.port)) {
                    if (connection.exchange(predict) == 200) {
                        double ms = (System.nanoTime() - server.startedNanos) / 1e6;
                        return new double[] {ms, loadMillis(log)};
                    }
                } catch (IOException notYet) {
                    Thread.sleep(2);
                }
            }
            throw new IllegalStateException("no 200 within 120 s; see " + log);
        }
    }

    private static double loadMillis(Path log) throws IOException {
        Matcher m = LOAD_MILLIS.matcher(Files.readString(log));
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
