package io.sentio.local;

import io.sentio.contract.FunctionEnvironment;
import io.sentio.function.lifecycle.FunctionConfig;
import io.sentio.function.lifecycle.FunctionRuntime;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --model URI}, falling back to MODEL_URI; the rest of the settings come from the environment
 * as in Lambda, except that the twins serve the try-it page unless TRY_IT_PAGE says otherwise (the
 * deployed function serves it only when asked to).
 */
final class ModelOption {
    @Option(names = {"-m", "--model"}, paramLabel = "URI",
            description = "Model bundle: a directory, file:///store@alias or s3://bucket/prefix@alias "
                    + "(default: $MODEL_URI).")
    String model;

    /** Loads the model like Lambda init does; throws with a clear message if it cannot. */
    FunctionRuntime start(Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(environment);
        if (model != null && !model.isBlank()) {
            env.put("MODEL_URI", model);
        }
        env.putIfAbsent(FunctionEnvironment.TRY_IT_PAGE, "true");
        LocalEnvironment.configure(env);
        return FunctionRuntime.start(FunctionConfig.fromEnvironment(env), env, Clock.systemUTC());
    }
}
