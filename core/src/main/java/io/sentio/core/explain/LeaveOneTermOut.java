package io.sentio.core.explain;

import io.sentio.core.features.FeatureExtractor;
import io.sentio.core.features.FeatureVector;
import io.sentio.core.model.Classifier;
import java.util.Arrays;

/**
 * For models whose terms interact (factorisation machines), where no weight of a term alone
 * exists: a term's weight is the text's score minus the score of the same features without that
 * term. When the model's vectors have unit length, the remaining features are rescaled to unit
 * length again, as extraction would have made them had the term not been there. One prediction
 * per distinct term, plus two.
 */
final class LeaveOneTermOut implements Weighing {
    private final Classifier classifier;
    private final FeatureExtractor features;

    LeaveOneTermOut(Classifier classifier) {
        this.classifier = classifier;
        this.features = classifier.features();
    }

    @Override
    public Method method() {
        return Method.LEAVE_ONE_TERM_OUT;
    }

    @Override
    public Weighed weigh(String cleanText, Target target) {
        FeatureVector vector = features.extract(cleanText);
        double score = target.score(classifier.probabilities(vector));
        double bias = target.score(classifier.probabilities(new FeatureVector(new String[0], new double[0])));
        int[] positions = new int[vector.size()];
        double[] weights = new double[vector.size()];
        for (int i = 0; i < vector.size(); i++) {
            positions[i] = features.vocabulary().indexOf(vector.names()[i]);
            weights[i] = score - target.score(classifier.probabilities(without(vector, i)));
        }
        return new Weighed(bias, score, positions, weights);
    }

    private FeatureVector without(FeatureVector vector, int left) {
        int n = vector.size() - 1;
        String[] names = new String[n];
        double[] values = new double[n];
        double squares = 0;
        for (int i = 0, k = 0; i < vector.size(); i++) {
            if (i != left) {
                names[k] = vector.names()[i];
                values[k] = vector.values()[i];
                squares += values[k] * values[k];
                k++;
            }
        }
        if (features.config().l2Normalize() && squares > 0) {
            double norm = Math.sqrt(squares);
            Arrays.setAll(values, i -> values[i] / norm);
        }
        return new FeatureVector(names, values);
    }
}
