package io.sentio.training.eval;

/**
 * One label of a multi-label model: precision, recall and F1 over the test texts, how many texts
 * carry it, and the decision threshold its probability must reach.
 */
public record LabelMetrics(double precision, double recall, double f1, long support, double threshold) {
}
