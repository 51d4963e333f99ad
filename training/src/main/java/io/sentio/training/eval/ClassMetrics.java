package io.sentio.training.eval;

/** Precision, recall and F1 of one label, and how many test texts carry it. */
public record ClassMetrics(double precision, double recall, double f1, long support) {
}
