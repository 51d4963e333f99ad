package io.sentio.training.train;

import java.util.Locale;

/** What the tuned decision rule maximises on the validation slice; higher is better for each. */
public enum DecisionMetric {
    /** Mean F1 over the labels present, so a rare label (neutral) counts as much as a common one. */
    MACRO_F1,
    ACCURACY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @param confusion [true label][predicted label] counts */
    double score(long[][] confusion) {
        int k = confusion.length;
        long total = 0;
        long correct = 0;
        double f1Sum = 0;
        int present = 0;
        long[] predicted = new long[k];
        long[] support = new long[k];
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                predicted[p] += confusion[t][p];
                support[t] += confusion[t][p];
                total += confusion[t][p];
            }
            correct += confusion[t][t];
        }
        if (this == ACCURACY) {
            return total == 0 ? 0 : correct / (double) total;
        }
        for (int c = 0; c < k; c++) {
            if (support[c] == 0 && predicted[c] == 0) {
                continue; // as ConfusionCounts: a label neither present nor predicted has no F1 to average
            }
            double tp = confusion[c][c];
            f1Sum += tp == 0 ? 0 : 2 * tp / (support[c] + predicted[c]);
            present++;
        }
        return present == 0 ? 0 : f1Sum / present;
    }
}
