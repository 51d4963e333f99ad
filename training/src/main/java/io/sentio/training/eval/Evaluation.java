package io.sentio.training.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What evaluation.json holds. Field names become snake_case in JSON (macro_f1, per_class,
 * confusion_matrix, n_train, n_test, train_seconds).
 *
 * @param confusionMatrix true label → predicted label → count
 * @param calibration     top-label reliability bins; {@link Calibration#NONE} when made without probabilities
 */
public record Evaluation(double accuracy, double macroF1, Map<String, ClassMetrics> perClass,
        Map<String, Map<String, Long>> confusionMatrix, long nTrain, long nTest, double trainSeconds,
        Map<String, Long> skipped, Calibration calibration) implements Scores {

    public Evaluation withCalibration(Calibration newCalibration) {
        return new Evaluation(accuracy, macroF1, perClass, confusionMatrix, nTrain, nTest, trainSeconds, skipped,
                newCalibration);
    }

    /** Expected calibration error of the top label over {@link CalibrationCounts#DEFAULT_BINS} bins. */
    @JsonProperty("ece")
    public double ece() {
        return calibration.ece();
    }

    /** The headline figures, per-class figures and the confusion matrix, for the manifest. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accuracy", accuracy);
        m.put("macro_f1", macroF1);
        if (!calibration.bins().isEmpty()) {
            m.put("ece", calibration.ece());
        }
        Map<String, Double> f1 = new LinkedHashMap<>();
        perClass.forEach((label, metrics) -> f1.put(label, metrics.f1()));
        m.put("f1_per_class", f1);
        // The model card (GET /model, the try-it page) draws these: the manifest is all a served model has.
        Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
        perClass.forEach((label, metrics) -> figures.put(label, Map.of("precision", metrics.precision(),
                "recall", metrics.recall(), "f1", metrics.f1(), "support", metrics.support())));
        m.put("per_class", figures);
        m.put("confusion_matrix", confusionMatrix);
        m.put("n_train", nTrain);
        m.put("n_test", nTest);
        m.put("train_seconds", trainSeconds);
        return m;
    }
}
