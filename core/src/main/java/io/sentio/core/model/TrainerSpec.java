package io.sentio.core.model;

import java.util.Map;

/** Which trainer made the model and with what hyper-parameters. */
public record TrainerSpec(String type, Map<String, Object> hyperparameters) {
    public TrainerSpec {
        hyperparameters = Map.copyOf(hyperparameters);
    }
}
