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
                FeatureConfig.defaults().withLowercase(false).withWeighting(TermWeighting.BINARY),
                FeatureConfig.defaults().withNegation(NegationMarking.ON).withNgramMax(3).withMinCount(1),
                FeatureConfig.defaults().withNegation(NegationMarking.ON).withLowercase(false),
                FeatureConfig.defaults().withNegation(NegationMarking.ON).withHashDimension(1 << 12));
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

    @ParameterizedTest
    @MethodSource("configs")
    void countsAndUnknownShareAreExactlyThoseOfLookingUpEveryTermByName(FeatureConfig config) {
        FeatureConfig counting = config.withWeighting(TermWeighting.TF).withIdf(false).withL2Normalize(false);
        List<String> train = TEXTS.subList(0, 3_000);
        Vocabulary vocabulary = Vocabulary.fit(counting, Vocabulary.documentFrequencies(counting, train), train.size());
        FeatureExtractor extractor = new FeatureExtractor(counting, vocabulary);
        FeatureBuffer buffer = new FeatureBuffer();

        for (String text : TEXTS.subList(0, 6_000)) {
            Map<String, Double> expected = plainDefinition(counting, vocabulary, text);
            FeatureVector vector = extractor.extract(text);
            extractor.extractInto(text, buffer);

            assertThat(vector.names()).as(text).containsExactly(sortedKeys(expected));
            for (int i = 0; i < vector.size(); i++) {
                assertThat(vector.values()[i]).as(text + " / " + vector.names()[i])
                        .isEqualTo(expected.get(vector.names()[i]));
            }
            assertThat(buffer.unknownTermShare()).as(text).isEqualTo(plainUnknownShare(counting, vocabulary, text));
        }
    }

    private static String[] sortedKeys(Map<String, Double> map) {
        return map.keySet().stream().sorted().toArray(String[]::new);
    }

    /** The share of unigram occurrences the vocabulary does not know, term by term. */
    static double plainUnknownShare(FeatureConfig config, Vocabulary vocabulary, String text) {
        List<String> tokens = new Tokenizer(config).tokens(text);
        if (config.hashing()) {
            return tokens.isEmpty() ? 0.0 : unknownHashed(config, vocabulary, text) / (double) tokens.size();
        }
        long unknown = tokens.stream().filter(token -> vocabulary.indexOf(token) < 0).count();
        return tokens.isEmpty() ? 0.0 : (double) unknown / tokens.size();
    }

    private static long unknownHashed(FeatureConfig config, Vocabulary vocabulary, String text) {
        long[] unknown = {0};
        new TermCounter(config).forEachTerm(text, new StringBuilder(), (term, hash, unigram) -> {
            if (unigram && vocabulary.indexOf(term) < 0) {
                unknown[0]++;
            }
        });
        return unknown[0];
    }

    /** Features as FeatureExtractor computed them before it worked by vocabulary position. */
    static Map<String, Double> plainDefinition(FeatureConfig config, Vocabulary vocabulary, String text) {
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
