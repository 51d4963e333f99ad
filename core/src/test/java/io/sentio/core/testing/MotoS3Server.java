package io.sentio.core.testing;

import io.sentio.core.store.S3Clients;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * moto's S3 server ({@code moto_server}, Python), started as a subprocess on a free loopback port:
 * an S3-compatible server whose conditional writes ({@code If-None-Match: *}, {@code If-Match}) are
 * atomic, unlike S3Mock's (see {@link S3TestServer}). Use it as a JUnit 5 extension:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MotoS3Server MOTO = new MotoS3Server();
 * }</pre>
 *
 * <p>The test class is skipped, with one line saying why, where no {@code moto_server} is on the
 * {@code PATH} ({@code pip install 'moto[server]'}). One server is started on first use and shared
 * by every test class of the JVM; it is stopped when the JVM exits. Its log goes to
 * {@code target/moto_server.log}.
 */
public final class MotoS3Server implements ExecutionCondition, BeforeAllCallback {
    public static final String EXECUTABLE = "moto_server";
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final AtomicInteger BUCKETS = new AtomicInteger();

    private static Process server;
    private static String endpoint;

    private S3Client client;

    /** The {@code moto_server} executable on the {@code PATH}, if there is one. */
    public static Optional<Path> executable() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, EXECUTABLE))
                .filter(Files::isExecutable)
                .findFirst();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return executable().isPresent()
                ? ConditionEvaluationResult.enabled(EXECUTABLE + " found")
                : ConditionEvaluationResult.disabled(EXECUTABLE + " is not on the PATH (pip install 'moto[server]')");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    /** Starts the shared server unless it is running already. */
    public MotoS3Server start() {
        synchronized (MotoS3Server.class) {
            if (server == null || !server.isAlive()) {
                Path exe = executable().orElseThrow(() -> new IllegalStateException(EXECUTABLE + " is not on the PATH"));
                int port = freePort();
                Process process = launch(exe, port);
                Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "moto-server-stop"));
                awaitListening(process, port);
                endpoint = "http://127.0.0.1:" + port;
                server = process;
            }
        }
        return this;
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String endpoint() {
        start();
        return endpoint;
    }

    /** The standard AWS variables pointing an S3 client at this server (any credentials do). */
    public Map<String, String> environment() {
        return Map.of(
                "AWS_ENDPOINT_URL_S3", endpoint(),
                "AWS_REGION", S3TestServer.REGION,
                "AWS_ACCESS_KEY_ID", S3TestServer.ACCESS_KEY_ID,
                "AWS_SECRET_ACCESS_KEY", S3TestServer.SECRET_ACCESS_KEY);
    }

    /** A client for this server, built the production way. Made once. */
    public synchronized S3Client client() {
        if (client == null) {
            client = S3Clients.create(environment());
        }
        return client;
    }

    /** Creates a bucket no other test uses and returns its name. */
    public String newBucket() {
        String name = "moto-%d-%04d".formatted(ProcessHandle.current().pid(), BUCKETS.incrementAndGet());
        client().createBucket(b -> b.bucket(name));
        return name;
    }

    private static Process launch(Path exe, int port) {
        try {
            Path log = Path.of("target", "moto_server.log").toAbsolutePath();
            Files.createDirectories(log.getParent());
            return new ProcessBuilder(List.of(exe.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port)))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + exe, e);
        }
    }

    private static void awaitListening(Process process, int port) {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(EXECUTABLE + " exited with " + process.exitValue()
                        + " on start; see target/moto_server.log");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        process.destroy();
        throw new IllegalStateException(EXECUTABLE + " did not listen on port " + port + " within " + STARTUP);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + EXECUTABLE, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }
}
