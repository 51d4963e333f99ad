package io.sentio.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.testing.ClothingReviews;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The allocation-light extraction (terms looked up as they are built, counted by vocabulary
 * position) against the plain definition it replaced: count every term by name, keep the known
 * ones, weigh, normalise. Same terms, same values (up to the last bits of the norm, which is now
 * summed in vocabulary order), on thousands of real reviews.
 */
class FeatureExtractionOnRealReviewsTest {
    private static final List<String> TEXTS = ClothingReviews.read().texts();

    static List<FeatureConfig> configs() {
        return List.of(FeatureConfig.defaults(),
                FeatureConfig.defaults().withNgramMax(3).withMinCount(1).withWeighting(TermWeighting.TF),
                FeatureConfig.defaults().withHashDimension(1 << 12).withIdf(false).withL2Normalize(false),
                FeatureConfig.defaults().withLowercase(false).withWeighting(TermWeighting.BINARY));
    }

    @ParameterizedTest
    @MethodSource("configs")
    void extractionEqualsThePlainDefinition(FeatureConfig config) {
        List<String> train = TEXTS.subList(0, 3_000);
        Vocabulary vocabulary = Vocabulary.fit(config, Vocabulary.documentFrequencies(config, train), train.size());
        FeatureExtractor extractor = new FeatureExtractor(config, vocabulary);

        for (String text : TEXTS.subList(0, 6_000)) {
            FeatureVector vector = extractor.extract(text);
            Map<String, Double> expected = plainDefinition(config, vocabulary, text);

            assertThat(vector.names()).as(text).containsExactlyInAnyOrderElementsOf(expected.keySet());
            assertThat(vector.names()).as(text).isSorted();
            for (int i = 0; i < vector.size(); i++) {
                double want = expected.get(vector.names()[i]);
                if (Math.abs(vector.values()[i] - want) > 1e-12 * Math.max(1, Math.abs(want))) {
                    assertThat(vector.values()[i]).as(text + " / " + vector.names()[i]).isEqualTo(want);
                }
            }
        }
    }

    /** Features as FeatureExtractor computed them before it worked by vocabulary position. */
    private static Map<String, Double> plainDefinition(FeatureConfig config, Vocabulary vocabulary, String text) {
        Map<String, Double> values = new HashMap<>();
        double squares = 0;
        for (Map.Entry<String, Integer> e : new TermCounter(config).count(text).entrySet()) {
            double weight = vocabulary.weight(e.getKey());
            if (weight != 0.0) {
                double value = config.weighting().weigh(e.getValue()) * weight;
                values.put(e.getKey(), value);
                squares += value * value;
            }
        }
        if (config.l2Normalize() && squares > 0) {
            double norm = Math.sqrt(squares);
            values.replaceAll((term, value) -> value / norm);
        }
        return values;
    }
}
