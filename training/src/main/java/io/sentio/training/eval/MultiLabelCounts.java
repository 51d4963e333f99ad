package io.sentio.training.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts true and predicted label sets, text by text, into the multi-label metrics. Not thread-safe:
 * callers add from one thread.
 */
public final class MultiLabelCounts {
    private final Map<String, long[]> byLabel = new TreeMap<>(); // tp, fp, fn
    private long texts;
    private long exact;
    private long wrongDecisions;
    private double samplesF1Sum;
    private long trueLabels;
    private long predictedLabels;

    /** @param labels every label the model knows (a label never predicted nor true still counts in macro-F1) */
    public MultiLabelCounts(Collection<String> labels) {
        labels.forEach(l -> byLabel.put(l, new long[3]));
    }

    public void add(Collection<String> truth, Collection<String> predicted) {
        Set<String> t = new HashSet<>(truth);
        Set<String> p = new HashSet<>(predicted);
        texts++;
        trueLabels += t.size();
        predictedLabels += p.size();
        long both = 0;
        for (String label : p) {
            long[] c = byLabel.computeIfAbsent(label, k -> new long[3]);
            if (t.contains(label)) {
                c[0]++;
                both++;
            } else {
                c[1]++;
            }
        }
        for (String label : t) {
            if (!p.contains(label)) {
                byLabel.computeIfAbsent(label, k -> new long[3])[2]++;
            }
        }
        wrongDecisions += t.size() + p.size() - 2 * both;
        if (t.equals(p)) {
            exact++;
        }
        samplesF1Sum += t.isEmpty() && p.isEmpty() ? 1.0 : 2.0 * both / (t.size() + p.size());
    }

    /** @param thresholds per label, for the report (a label the model does not know is shown at 1: never predicted) */
    public MultiLabelEvaluation evaluation(Map<String, Double> thresholds, long nTrain, double trainSeconds,
            Map<String, Long> skipped) {
        Map<String, LabelMetrics> perLabel = new LinkedHashMap<>();
        long tp = 0;
        long fp = 0;
        long fn = 0;
        double f1Sum = 0;
        for (Map.Entry<String, long[]> e : byLabel.entrySet()) {
            long[] c = e.getValue();
            tp += c[0];
            fp += c[1];
            fn += c[2];
            double precision = ratio(c[0], c[0] + c[1]);
            double recall = ratio(c[0], c[0] + c[2]);
            double f1 = f1(c[0], c[1], c[2]);
            f1Sum += f1;
            perLabel.put(e.getKey(), new LabelMetrics(precision, recall, f1, c[0] + c[2],
                    thresholds.getOrDefault(e.getKey(), 1.0)));
        }
        int nLabels = byLabel.size();
        Map<String, Double> cardinality = new LinkedHashMap<>();
        cardinality.put("true", ratio(trueLabels, texts));
        cardinality.put("predicted", ratio(predictedLabels, texts));
        return new MultiLabelEvaluation(MultiLabelEvaluation.TASK, f1(tp, fp, fn),
                nLabels == 0 ? 0 : f1Sum / nLabels, ratio(samplesF1Sum, texts),
                nLabels == 0 ? 0 : wrongDecisions / (double) (texts * nLabels), ratio(exact, texts), perLabel,
                cardinality, nTrain, texts, trainSeconds, skipped);
    }

    /** F1 of one confusion; 0 when the label was neither predicted nor true. */
    static double f1(long tp, long fp, long fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }
}
