package io.sentio.training.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What evaluation.json holds for a multi-label model (snake_case in JSON).
 *
 * @param microF1          F1 over all (text, label) decisions pooled: common labels weigh most
 * @param macroF1          mean of the per-label F1 over the labels of the model
 * @param samplesF1        mean over texts of the F1 between the true and the predicted set
 * @param hammingLoss      share of (text, label) decisions that are wrong
 * @param subsetAccuracy   share of texts whose predicted set is exactly the true set
 * @param labelCardinality mean labels per text: {@code true} and {@code predicted}
 */
public record MultiLabelEvaluation(String task, double microF1, double macroF1, double samplesF1, double hammingLoss,
        double subsetAccuracy, Map<String, LabelMetrics> perLabel, Map<String, Double> labelCardinality,
        long nTrain, long nTest, double trainSeconds, Map<String, Long> skipped) implements Scores {

    public static final String TASK = "multi_label";

    /** The headline figures and per-label figures, for the manifest. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", task);
        m.put("micro_f1", microF1);
        m.put("macro_f1", macroF1);
        m.put("samples_f1", samplesF1);
        m.put("hamming_loss", hammingLoss);
        m.put("subset_accuracy", subsetAccuracy);
        Map<String, Double> f1 = new LinkedHashMap<>();
        perLabel.forEach((label, metrics) -> f1.put(label, metrics.f1()));
        m.put("f1_per_label", f1);
        // The model card (GET /model, the try-it page) draws these: the manifest is all a served model has.
        Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
        perLabel.forEach((label, metrics) -> figures.put(label, Map.of("precision", metrics.precision(),
                "recall", metrics.recall(), "f1", metrics.f1(), "support", metrics.support(),
                "threshold", metrics.threshold())));
        m.put("per_label", figures);
        m.put("label_cardinality", labelCardinality);
        m.put("n_train", nTrain);
        m.put("n_test", nTest);
        m.put("train_seconds", trainSeconds);
        return m;
    }

    public MultiLabelEvaluation withTraining(long newNTrain, double newTrainSeconds, Map<String, Long> newSkipped) {
        return new MultiLabelEvaluation(task, microF1, macroF1, samplesF1, hammingLoss, subsetAccuracy, perLabel,
                labelCardinality, newNTrain, nTest, newTrainSeconds, newSkipped);
    }
}
