package io.sentio.core.model;

import io.sentio.core.features.FeatureBuffer;
import io.sentio.core.features.Vocabulary;
import java.util.Optional;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.util.ExpNormalizer;
import org.tribuo.math.util.NoopNormalizer;
import org.tribuo.math.util.VectorNormalizer;

/**
 * Scores a Tribuo linear SGD model straight from a {@link FeatureBuffer}: the same arithmetic as
 * {@code LinearSGDModel.predict}, without its per-example ArrayExample, name sort, feature-map
 * lookups and SparseVector. Each vocabulary term is mapped to its weight row once, at load.
 *
 * <p>Bit-for-bit equal to Tribuo, not just close: Tribuo sums {@code w[label][feature] * value}
 * over the features in ascending feature id, then its own bias column; Tribuo's ids are the
 * feature names in sorted order, as are vocabulary positions, so walking the buffer in position
 * order (with {@link Classifier#BIAS_FEATURE} slotted in where its id falls) adds the same
 * products in the same order. Immutable and thread-safe.
 */
final class LinearScorer {
    private final int labels;
    /** The weight row of vocabulary position p at [p * labels, (p + 1) * labels). */
    private final double[] termRows;
    /** Whether each vocabulary position is a feature of the model at all (Tribuo ignores the rest). */
    private final boolean[] known;
    /** Rows of our bias feature and of Tribuo's own bias column (null when the model has none). */
    private final double[] biasFeatureRow;
    private final double[] tribuoBiasRow;
    /** Vocabulary positions below this come before the bias feature in Tribuo's id order. */
    private final int biasFeatureSlot;
    private final VectorNormalizer normalizer;
    private final String[] labelNames;

    private LinearScorer(int labels, double[] termRows, boolean[] known, double[] biasFeatureRow,
            double[] tribuoBiasRow, int biasFeatureSlot, VectorNormalizer normalizer, String[] labelNames) {
        this.labels = labels;
        this.termRows = termRows;
        this.known = known;
        this.biasFeatureRow = biasFeatureRow;
        this.tribuoBiasRow = tribuoBiasRow;
        this.biasFeatureSlot = biasFeatureSlot;
        this.normalizer = normalizer;
        this.labelNames = labelNames;
    }

    /**
     * A scorer for a linear SGD classification model, or empty for any other model (factorisation
     * machines, …), which keep Tribuo's own predict.
     */
    static Optional<LinearScorer> of(Model<Label> model, Vocabulary vocabulary) {
        if (!(model instanceof LinearSGDModel linear)) {
            return Optional.empty();
        }
        ImmutableFeatureMap featureMap = linear.getFeatureIDMap();
        DenseMatrix weights = linear.getWeightsCopy();
        int labels = weights.getDimension1Size();
        int columns = weights.getDimension2Size();
        int biasFeature = featureMap.getID(Classifier.BIAS_FEATURE);
        boolean tribuoBias = columns == featureMap.size() + 1;
        if (biasFeature < 0 || !(tribuoBias || columns == featureMap.size())) {
            return Optional.empty();
        }
        double[] termRows = new double[vocabulary.size() * labels];
        boolean[] known = new boolean[vocabulary.size()];
        int biasFeatureSlot = vocabulary.size();
        int previousId = -1;
        for (int p = 0; p < vocabulary.size(); p++) {
            int id = featureMap.getID(vocabulary.term(p));
            if (id < 0) {
                continue;
            }
            if (id < previousId) {
                return Optional.empty(); // ids not in vocabulary order: summing in our order would differ
            }
            previousId = id;
            known[p] = true;
            if (id > biasFeature && biasFeatureSlot == vocabulary.size()) {
                biasFeatureSlot = p;
            }
            for (int l = 0; l < labels; l++) {
                termRows[p * labels + l] = weights.get(l, id);
            }
        }
        double[] biasFeatureRow = column(weights, biasFeature);
        double[] tribuoBiasRow = tribuoBias ? column(weights, featureMap.size()) : null;
        // Tribuo keeps the normaliser private; it is the objective's: softmax for log loss (the
        // probabilistic one), none for hinge. Classifier checks the result against Tribuo at load.
        VectorNormalizer normalizer = linear.generatesProbabilities() ? new ExpNormalizer() : new NoopNormalizer();
        ImmutableOutputInfo<Label> outputs = linear.getOutputIDInfo();
        String[] labelNames = new String[labels];
        for (int l = 0; l < labels; l++) {
            labelNames[l] = outputs.getOutput(l).getLabel();
        }
        return Optional.of(new LinearScorer(labels, termRows, known, biasFeatureRow, tribuoBiasRow,
                biasFeatureSlot, normalizer, labelNames));
    }

    private static double[] column(DenseMatrix weights, int id) {
        double[] row = new double[weights.getDimension1Size()];
        for (int l = 0; l < row.length; l++) {
            row[l] = weights.get(l, id);
        }
        return row;
    }

    /** The labels, in the order of {@link #score}'s values (Tribuo's output ids). */
    String[] labels() {
        return labelNames;
    }

    /** Per-label scores after the model's normaliser, exactly as Tribuo's prediction holds them. */
    double[] score(FeatureBuffer features) {
        double[] scores = new double[labels];
        boolean biasAdded = false;
        for (int i = 0; i < features.size(); i++) {
            int position = features.position(i);
            if (!known[position]) {
                continue;
            }
            if (!biasAdded && position >= biasFeatureSlot) {
                add(scores, biasFeatureRow);
                biasAdded = true;
            }
            double value = features.value(i);
            int row = position * labels;
            for (int l = 0; l < labels; l++) {
                scores[l] += termRows[row + l] * value;
            }
        }
        if (!biasAdded) {
            add(scores, biasFeatureRow);
        }
        if (tribuoBiasRow != null) {
            add(scores, tribuoBiasRow);
        }
        normalizer.normalizeInPlace(scores);
        return scores;
    }

    /** A row times the feature value 1.0, which Tribuo multiplies out; x * 1.0 == x exactly. */
    private static void add(double[] scores, double[] row) {
        for (int l = 0; l < scores.length; l++) {
            scores[l] += row[l];
        }
    }
}
