package io.sentio.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
    /** Unigrams, every term kept, raw counts, no idf, no normalisation: the plain starting point. */
    private static final FeatureConfig PLAIN = new FeatureConfig(true, 1, 1, 0, TermWeighting.TF, false, false);
    private static final List<String> CORPUS = List.of("good movie", "bad movie", "good good fun");

    @Test
    void tfIsTheRawCount() {
        assertThat(features(PLAIN, "good good good bad")).containsOnly(entry("good", 3.0), entry("bad", 1.0));
    }

    @Test
    void binaryIsOneForAnyCount() {
        assertThat(features(PLAIN.withWeighting(TermWeighting.BINARY), "good good good bad"))
                .containsOnly(entry("good", 1.0), entry("bad", 1.0));
    }

    @Test
    void sublinearTfIsOnePlusTheLogOfTheCount() {
        Map<String, Double> features = features(PLAIN.withWeighting(TermWeighting.SUBLINEAR_TF), "good good good bad");

        assertThat(features).containsOnlyKeys("good", "bad");
        assertThat(features.get("good")).isEqualTo(1.0 + Math.log(3));
        assertThat(features.get("bad")).isEqualTo(1.0);
    }

    @Test
    void idfMultipliesTheWeightedCount() {
        // 3 texts: "good" and "movie" occur in 2, "bad" in 1.
        Map<String, Double> features = features(PLAIN.withIdf(true), "good good bad");

        assertThat(features.get("good")).isCloseTo(2 * (Math.log(4.0 / 3.0) + 1), within(1e-12));
        assertThat(features.get("bad")).isCloseTo(Math.log(4.0 / 2.0) + 1, within(1e-12));
    }

    @Test
    void l2NormalisationGivesUnitLengthAndKeepsProportions() {
        FeatureConfig config = PLAIN.withIdf(true).withL2Normalize(true);

        Map<String, Double> unit = features(config, "good good bad movie fun");
        Map<String, Double> raw = features(config.withL2Normalize(false), "good good bad movie fun");

        double length = Math.sqrt(unit.values().stream().mapToDouble(v -> v * v).sum());
        assertThat(length).isCloseTo(1.0, within(1e-12));
        assertThat(unit.get("good") / unit.get("bad")).isCloseTo(raw.get("good") / raw.get("bad"), within(1e-12));
    }

    @Test
    void longAndShortTextsOfTheSameMixCompareAfterNormalisation() {
        FeatureConfig config = PLAIN.withL2Normalize(true);

        assertThat(features(config, "good bad good bad")).isEqualTo(features(config, "good bad"));
    }

    @Test
    void unknownTermsAreDropped() {
        assertThat(features(PLAIN, "good excellent superb")).containsOnly(entry("good", 1.0));
    }

    @Test
    void termsPrunedByMinCountAreDropped() {
        // With min count 2 only "good" and "movie" survive the corpus.
        assertThat(features(PLAIN.withMinCount(2), "good bad movie fun"))
                .containsOnly(entry("good", 1.0), entry("movie", 1.0));
    }

    @Test
    void aTextOfOnlyUnknownWordsIsEmptyNotNaN() {
        FeatureVector vector = extractor(PLAIN.withIdf(true).withL2Normalize(true)).extract("zzz qqq");

        assertThat(vector.isEmpty()).isTrue();
        assertThat(vector.size()).isZero();
    }

    @Test
    void bigramsAreFeaturesToo() {
        assertThat(features(PLAIN.withNgramMax(2), "good movie")).containsOnly(
                entry("good", 1.0), entry("movie", 1.0), entry("good movie", 1.0));
    }

    @Test
    void hashedFeaturesUseBucketNames() {
        Map<String, Double> features = features(PLAIN.withHashDimension(1024), "love love");

        assertThat(features).isEmpty(); // "love" is not in the corpus
        FeatureConfig hashed = PLAIN.withHashDimension(1024);
        Vocabulary vocabulary = Vocabulary.fit(hashed, Vocabulary.documentFrequencies(hashed, List.of("love it")), 1);
        FeatureVector vector = new FeatureExtractor(hashed, vocabulary).extract("love love");
        assertThat(toMap(vector)).containsOnly(entry("#767", 2.0));
    }

    @Test
    void extractorIsConfiguredAsGiven() {
        FeatureExtractor extractor = extractor(PLAIN);

        assertThat(extractor.config()).isEqualTo(PLAIN);
        assertThat(extractor.vocabulary().size()).isEqualTo(4);
    }

    private static Map<String, Double> features(FeatureConfig config, String text) {
        return toMap(extractor(config).extract(text));
    }

    private static FeatureExtractor extractor(FeatureConfig config) {
        Vocabulary vocabulary = Vocabulary.fit(config, Vocabulary.documentFrequencies(config, CORPUS), CORPUS.size());
        return new FeatureExtractor(config, vocabulary);
    }

    private static Map<String, Double> toMap(FeatureVector vector) {
        Map<String, Double> map = new HashMap<>();
        for (int i = 0; i < vector.size(); i++) {
            assertThat(map.put(vector.names()[i], vector.values()[i])).as("duplicate " + vector.names()[i]).isNull();
        }
        return map;
    }
}
