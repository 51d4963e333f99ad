package io.sentio.function.observability;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import io.sentio.core.model.Prediction;
import io.sentio.core.model.TextPrediction;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a random share of predictions as review records (text, label, probabilities) for
 * people to check, on their own logger ({@code io.sentio.review}) so they can be routed or
 * filtered apart from request logs. Off unless {@code REVIEW_SAMPLE_RATE} > 0; low-confidence
 * predictions can be sampled at their own rate ({@code REVIEW_LOW_CONFIDENCE_SAMPLE_RATE}).
 *
 * <p>The random source is re-seeded from {@link SecureRandom} after a SnapStart restore
 * ({@link #reseed()}): otherwise every environment restored from one snapshot would sample the
 * same sequence.
 */
public final class ReviewSampler {
    public static final String LOGGER = "io.sentio.review";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final double rate;
    private final double lowConfidenceRate;
    private final double lowConfidenceThreshold;
    private final String modelVersion;
    private volatile Random random;

    public ReviewSampler(double rate, double lowConfidenceRate, double lowConfidenceThreshold, String modelVersion) {
        this.rate = rate;
        this.lowConfidenceRate = lowConfidenceRate;
        this.lowConfidenceThreshold = lowConfidenceThreshold;
        this.modelVersion = modelVersion;
        reseed();
    }

    public boolean enabled() {
        return rate > 0 || lowConfidenceRate > 0;
    }

    /** Fresh, unpredictable seed: at construction and after every restore. */
    public void reseed() {
        this.random = new Random(new SecureRandom().nextLong());
    }

    /** Samples each prediction of a request independently. */
    public void offer(String requestId, List<String> texts, List<TextPrediction> predictions) {
        if (!enabled()) {
            return;
        }
        for (int i = 0; i < predictions.size(); i++) {
            Prediction overall = predictions.get(i).overall();
            boolean low = overall.lowConfidence(lowConfidenceThreshold);
            if (random.nextDouble() < (low ? lowConfidenceRate : rate)) {
                LOG.info("review sample",
                        entry("review", true),
                        entry("requestId", requestId),
                        entry("modelVersion", modelVersion),
                        entry("text", texts.get(i)),
                        overall.thresholdDistance().isPresent()
                                ? entry("labels", overall.labels()) : entry("label", overall.label()),
                        entry("confidence", overall.confidence()),
                        entry("lowConfidence", low),
                        entry("probabilities", overall.probabilities()));
            }
        }
    }
}
