package io.sentio.local;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import io.sentio.function.ApiHandler;
import io.sentio.function.lifecycle.FunctionRuntime;
import java.io.IOException;
import java.net.BindException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve --model URI [--port 8080]}: the API on a local HTTP port, through the Lambda handler. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the API locally (like `sam local start-api`, without Docker).",
            "Each request becomes an API Gateway payload-2.0 event for the Lambda handler.",
            "Logs and EMF metrics go to stdout, as in Lambda."})
final class ServeCommand implements Callable<Integer> {
    private static final long COMPACT_AFTER_MILLIS = 2_000;
    @Mixin
    ModelOption model;

    @Option(names = {"-p", "--port"}, defaultValue = "8080", description = "Port (0 = any free port; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--threads", defaultValue = "16",
            description = "Requests handled at once; further ones wait (default ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        Optional<String> invalid = invalidOption();
        if (invalid.isPresent()) {
            System.err.println("serve: " + invalid.get());
            return 2;
        }
        FunctionRuntime runtime;
        try {
            runtime = model.start(System.getenv());
        } catch (RuntimeException e) {
            System.err.println("serve: " + e.getMessage());
            return 2;
        }
        // Jetty's start and stop lines say less than ours ("listening on …"); its warnings stay.
        Configurator.setLevel("org.eclipse.jetty", Level.WARN);
        CountDownLatch stopped = new CountDownLatch(1);
        LocalServer server;
        try {
            server = LocalServer.start(new ApiHandler(runtime), host, port, threads,
                    runtime.config().limits().maxBodyBytes());
        } catch (IOException e) {
            System.err.println("serve: cannot listen on " + host + ":" + port + ": " + reason(e)
                    + (isBindFailure(e) ? " (another server on that port? choose one with --port)" : ""));
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "serve-stop"));
        LoggerFactory.getLogger(ServeCommand.class).info("listening on http://" + host + ":" + server.port(), entry("port", server.port()),
                entry("modelName", runtime.manifest().name()), entry("modelVersion", runtime.manifest().version()));
        compactHeapSoon();
        stopped.await();
        return 0;
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message: Jetty wraps the operating system's "Address already in use". */
    private static String reason(Throwable e) {
        Throwable innermost = e;
        while (innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        return innermost.getMessage() == null ? innermost.toString() : innermost.getMessage();
    }

    /** Checked before the model loads, so a typo costs no waiting. */
    private Optional<String> invalidOption() {
        if (threads < 1) {
            return Optional.of("--threads must be at least 1, was " + threads);
        }
        if (port < 0 || port > 65_535) {
            return Optional.of("--port must be between 0 and 65535, was " + port);
        }
        return Optional.empty();
    }

    /**
     * Loading a model needs about twice the memory the loaded model keeps (bundle bytes and parse
     * buffers are garbage afterwards). A few full collections after loading let the heap shrink
     * back, so the server's resident memory reflects the model, not its loading. Each collection
     * may shrink the heap further, so it repeats while it does (at most four times); under 64 MiB
     * in use, the heap is left alone. It runs once start-up is over rather than before listening:
     * the collections take 70–130 ms, which would otherwise delay the first answer (cold start is
     * measured to the first 200).
     */
    private static void compactHeapSoon() {
        Thread compactor = new Thread(() -> {
            try {
                Thread.sleep(COMPACT_AFTER_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long started = System.nanoTime();
            compactHeap();
            LoggerFactory.getLogger(ServeCommand.class).info("heap compacted after start-up",
                    entry("heapCompactMillis", Math.round((System.nanoTime() - started) / 1e6)));
        }, "heap-compact");
        compactor.setDaemon(true);
        compactor.start();
    }

    private static void compactHeap() {
        Runtime jvm = Runtime.getRuntime();
        if (jvm.totalMemory() - jvm.freeMemory() < 64L << 20) {
            return; // a small model: nothing worth giving back
        }
        for (int i = 0; i < 4; i++) {
            long before = jvm.totalMemory();
            System.gc();
            if (i > 0 && jvm.totalMemory() >= before) {
                return;
            }
        }
    }
}
