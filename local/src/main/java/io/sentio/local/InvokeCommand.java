package io.sentio.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.sentio.function.ApiHandler;
import io.sentio.function.lifecycle.FunctionRuntime;
import io.sentio.function.lifecycle.SyntheticContext;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code invoke [--model URI] events/FILE.json}: one event through the handler, response on stdout. */
@Command(name = "invoke", mixinStandardHelpOptions = true,
        description = {"Send one API Gateway payload-2.0 event through the Lambda handler (like `sam local invoke -e`).",
            "The response goes to stdout; logs and EMF metrics to stderr."})
final class InvokeCommand implements Callable<Integer> {
    @Mixin
    ModelOption model;

    @Parameters(paramLabel = "EVENT", description = "Event file, e.g. events/predict.json.")
    Path eventFile;

    @Override
    public Integer call() {
        PrintStream stdout = System.out;
        // Logs (log4j2 follows System.out) and EMF go to stderr; stdout carries only the response.
        System.setOut(System.err);
        try {
            return invoke(stdout);
        } finally {
            System.setOut(stdout);
        }
    }

    private int invoke(PrintStream stdout) {
        APIGatewayV2HTTPEvent event;
        try {
            event = EventFiles.read(eventFile);
        } catch (IOException e) {
            System.err.println("invoke: cannot read event " + eventFile + ": " + e.getMessage());
            return 2;
        }
        FunctionRuntime runtime;
        try {
            runtime = model.start(System.getenv());
        } catch (RuntimeException e) {
            System.err.println("invoke: " + e.getMessage());
            return 2;
        }
        APIGatewayV2HTTPResponse response = new ApiHandler(runtime)
                .handleRequest(event, new SyntheticContext(UUID.randomUUID().toString(), "sentio-local"));
        stdout.println(EventFiles.write(response));
        stdout.flush();
        return 0;
    }
}
