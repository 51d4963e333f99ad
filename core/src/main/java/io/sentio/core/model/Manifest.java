package io.sentio.core.model;

import io.sentio.core.decision.Decision;
import io.sentio.core.features.FeatureConfig;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The description that travels with every model: how it was made, how to turn text into its
 * features, how good it was, and the sha256 of every file of the bundle.
 *
 * @param version      the store's version number once published; "unpublished" before
 * @param granularity  "review" or "sentence": the unit the model was trained on
 * @param files        sha256 of each bundle file other than the manifest
 * @param modelSha256  sha256 of the Tribuo model file (also in {@code files})
 * @param gate         the quality gate's decision, when the model went through one
 * @param decision     how the model's scores become its answer (task, decision rule); manifests
 *                     without one are single-label, highest probability
 */
public record Manifest(
        String name,
        String version,
        Instant createdAt,
        List<String> labels,
        String granularity,
        FeatureConfig features,
        TrainerSpec trainer,
        DataSummary data,
        Map<String, Object> metrics,
        String tribuoVersion,
        Map<String, String> files,
        String modelSha256,
        Optional<GateDecision> gate,
        Decision decision) {

    public static final String UNPUBLISHED = "unpublished";

    public Manifest {
        labels = List.copyOf(labels);
        metrics = Map.copyOf(metrics);
        files = Map.copyOf(files);
        gate = gate == null ? Optional.empty() : gate;
        decision = decision == null ? Decision.HIGHEST_PROBABILITY : decision;
    }

    public Manifest withVersion(String newVersion) {
        return new Manifest(name, newVersion, createdAt, labels, granularity, features, trainer, data, metrics,
                tribuoVersion, files, modelSha256, gate, decision);
    }

    public Manifest withMetrics(Map<String, Object> newMetrics) {
        return new Manifest(name, version, createdAt, labels, granularity, features, trainer, data, newMetrics,
                tribuoVersion, files, modelSha256, gate, decision);
    }

    public Manifest withGate(GateDecision decision) {
        return new Manifest(name, version, createdAt, labels, granularity, features, trainer, data, metrics,
                tribuoVersion, files, modelSha256, Optional.of(decision), this.decision);
    }

    public Manifest withDecision(Decision newDecision) {
        return new Manifest(name, version, createdAt, labels, granularity, features, trainer, data, metrics,
                tribuoVersion, files, modelSha256, gate, newDecision);
    }

    Manifest withFiles(Map<String, String> newFiles, String newModelSha256, String newTribuoVersion,
            List<String> newLabels) {
        return new Manifest(name, version, createdAt, newLabels, granularity, features, trainer, data, metrics,
                newTribuoVersion, newFiles, newModelSha256, gate, decision);
    }
}
