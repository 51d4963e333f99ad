package io.sentio.training.lifecycle;

import io.sentio.training.job.TrainingOptions;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One retrain run, as the command line (or its config file) asked for it.
 *
 * @param plan        the training run for the data, the model name and the output directory
 * @param name        the model's name; empty: the name of the model the alias points at, else
 *                    {@code defaultName}
 * @param out         where to keep the trained bundle and its evaluation; empty: a temporary
 *                    directory, removed afterwards
 */
public record RetrainRequest(String data, String store, String alias, Plan plan, Optional<String> name,
        String defaultName, Optional<Path> out, GatePolicy policy) {

    /** Turns the chosen name and output directory into the training run's options. */
    @FunctionalInterface
    public interface Plan {
        TrainingOptions options(String data, String name, Path out);
    }
}
