package io.sentio.core.features;

/**
 * Whether each term's weight is also multiplied by how strongly it tells the labels apart (its
 * naive-Bayes log-count ratio, as in NBSVM).
 */
public enum NbWeighting {
    OFF,
    ON,
    /**
     * Before training only: on for two labels, off for more. With two labels (positive / negative
     * film reviews) it lifts accuracy, as NBSVM showed; with three review classes it amplified the
     * training domain's own vocabulary and cost 0.04–0.08 macro-F1 on out-of-domain reviews.
     */
    AUTO;

    NbWeighting forLabels(int labels) {
        return this != AUTO ? this : labels == 2 ? ON : OFF;
    }
}
