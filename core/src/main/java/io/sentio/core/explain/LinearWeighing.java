package io.sentio.core.explain;

import io.sentio.core.features.FeatureBuffer;
import io.sentio.core.features.FeatureExtractor;
import io.sentio.core.model.LinearWeights;

/**
 * Exact weights of a linear model: feature value × (weight for the label − weight for the rival),
 * or × the label's weight alone when there is no rival (multi-label). The bias is the same
 * difference of the bias rows, and the score their sum, which is the difference of the model's own
 * scores (up to the order of floating-point additions).
 */
final class LinearWeighing implements Weighing {
    private final FeatureExtractor features;
    private final LinearWeights weights;
    /** Reused per thread, as the classifier reuses its own. */
    private final ThreadLocal<FeatureBuffer> buffers = ThreadLocal.withInitial(FeatureBuffer::new);

    LinearWeighing(FeatureExtractor features, LinearWeights weights) {
        this.features = features;
        this.weights = weights;
    }

    @Override
    public Method method() {
        return Method.LINEAR;
    }

    @Override
    public Weighed weigh(String cleanText, Target target) {
        int label = weights.labelIndex(target.label());
        int rival = target.rival().map(weights::labelIndex).orElse(-1);
        FeatureBuffer buffer = buffers.get();
        features.extractInto(cleanText, buffer);
        int[] positions = new int[buffer.size()];
        double[] termWeights = new double[buffer.size()];
        int n = 0;
        double bias = relative(weights.bias(label), rival < 0 ? 0.0 : weights.bias(rival));
        double score = bias;
        for (int i = 0; i < buffer.size(); i++) {
            int position = buffer.position(i);
            if (!weights.known(position)) {
                continue;
            }
            double value = buffer.value(i);
            double weight = value * relative(weights.weight(position, label),
                    rival < 0 ? 0.0 : weights.weight(position, rival));
            positions[n] = position;
            termWeights[n] = weight;
            n++;
            score += weight;
        }
        return new Weighed(bias, score, java.util.Arrays.copyOf(positions, n), java.util.Arrays.copyOf(termWeights, n));
    }

    private static double relative(double forLabel, double forRival) {
        return forLabel - forRival;
    }
}
