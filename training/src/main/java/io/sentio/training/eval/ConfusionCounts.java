package io.sentio.training.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Counts (true, predicted) pairs and derives accuracy, per-class metrics and macro-F1 from them. */
public final class ConfusionCounts {
    private final Map<String, Map<String, Long>> counts = new TreeMap<>();
    private final TreeSet<String> labels = new TreeSet<>();
    private long total;

    public ConfusionCounts(List<String> knownLabels) {
        labels.addAll(knownLabels);
    }

    public synchronized void add(String truth, String predicted) {
        labels.add(truth);
        labels.add(predicted);
        counts.computeIfAbsent(truth, k -> new TreeMap<>()).merge(predicted, 1L, Long::sum);
        total++;
    }

    public Evaluation evaluation(long nTrain, double trainSeconds, Map<String, Long> skipped) {
        Map<String, Map<String, Long>> matrix = new LinkedHashMap<>();
        for (String truth : labels) {
            Map<String, Long> row = new LinkedHashMap<>();
            for (String predicted : labels) {
                row.put(predicted, count(truth, predicted));
            }
            matrix.put(truth, row);
        }
        Map<String, ClassMetrics> perClass = new LinkedHashMap<>();
        long correct = 0;
        double f1Sum = 0;
        int present = 0;
        for (String label : labels) {
            long tp = count(label, label);
            long support = labels.stream().mapToLong(p -> count(label, p)).sum();
            long predicted = labels.stream().mapToLong(t -> count(t, label)).sum();
            double precision = predicted == 0 ? 0 : tp / (double) predicted;
            double recall = support == 0 ? 0 : tp / (double) support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.put(label, new ClassMetrics(precision, recall, f1, support));
            correct += tp;
            // Like scikit-learn: a label neither in the test set nor predicted has no F1 to average.
            if (support > 0 || predicted > 0) {
                f1Sum += f1;
                present++;
            }
        }
        double accuracy = total == 0 ? 0 : correct / (double) total;
        double macroF1 = present == 0 ? 0 : f1Sum / present;
        return new Evaluation(accuracy, macroF1, perClass, matrix, nTrain, total, trainSeconds, skipped,
                Calibration.NONE);
    }

    private long count(String truth, String predicted) {
        return counts.getOrDefault(truth, Map.of()).getOrDefault(predicted, 0L);
    }
}
