package io.sentio.function.local;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import io.sentio.function.ApiHandler;
import io.sentio.function.lifecycle.FunctionRuntime;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
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
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    ModelOption model;

    @Option(names = {"-p", "--port"}, defaultValue = "8080", description = "Port (0 = any free port; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--threads", defaultValue = "16", description = "Request threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        FunctionRuntime runtime;
        try {
            runtime = model.start(System.getenv());
        } catch (RuntimeException e) {
            System.err.println("serve: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        LocalServer server = LocalServer.start(new ApiHandler(runtime), host, port, threads,
                runtime.config().limits().maxBodyBytes());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "serve-stop"));
        LOG.info("listening on http://" + host + ":" + server.port(), entry("port", server.port()),
                entry("modelName", runtime.manifest().name()), entry("modelVersion", runtime.manifest().version()));
        stopped.await();
        return 0;
    }
}
