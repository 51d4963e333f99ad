package io.sentio.training.telemetry;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.sentio.contract.TrainingMetric;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import software.amazon.cloudwatchlogs.emf.environment.Environment;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.cloudwatchlogs.emf.sinks.ISink;

/**
 * Where the EMF library writes a job's records: the given stream (the process's stdout, which the
 * Batch job's log driver ships to CloudWatch Logs). Named explicitly because the library's own
 * detection would pick the ECS environment inside Batch and send records to a CloudWatch agent
 * socket that is not there.
 */
final class StdoutEnvironment implements Environment, ISink {
    private final PrintStream out;

    StdoutEnvironment(PrintStream out) {
        this.out = out;
    }

    @Override
    public boolean probe() {
        return true;
    }

    @Override
    public String getName() {
        return TrainingMetric.SERVICE;
    }

    @Override
    public String getType() {
        return "Batch";
    }

    @Override
    public String getLogGroupName() {
        return "";
    }

    @Override
    public void configureContext(MetricsContext context) {
        // Nothing to add: the job sets its own dimensions.
    }

    @Override
    public ISink getSink() {
        return this;
    }

    @Override
    public void accept(MetricsContext context) {
        try {
            for (String line : context.serialize()) {
                out.println(line);
            }
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("EMF record cannot be written as JSON", e);
        }
    }

    @Override
    public CompletableFuture<Void> shutdown() {
        return CompletableFuture.completedFuture(null);
    }
}
