package io.sentio.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownTermShareTest {
    private static final FeatureConfig UNIGRAMS = new FeatureConfig(true, 1, 1, 0, TermWeighting.TF, false, false);
    private static final List<String> CORPUS = List.of("good movie", "bad movie", "good good fun");

    @Test
    void isTheShareOfTokenOccurrencesOutsideTheVocabulary() {
        assertThat(share(UNIGRAMS, "good strange movie weird weird")).isEqualTo(3.0 / 5);
    }

    @Test
    void isZeroForKnownWordsAndOneForUnknownOnes() {
        assertThat(share(UNIGRAMS, "Good movie, good fun")).isZero();
        assertThat(share(UNIGRAMS, "zzz qqq")).isEqualTo(1.0);
    }

    @Test
    void isZeroForATextWithoutTokens() {
        assertThat(share(UNIGRAMS, "")).isZero();
        assertThat(share(UNIGRAMS, "   ")).isZero();
    }

    @Test
    void countsTokensNotNGrams() {
        // "good movie" is in the bigram vocabulary, "good bad" is not; neither changes the token share.
        FeatureConfig bigrams = UNIGRAMS.withNgramMax(3);

        assertThat(share(bigrams, "good bad fun")).isZero();
        assertThat(share(bigrams, "good weird movie")).isEqualTo(1.0 / 3);
    }

    @Test
    void countsHashedTokensByTheirBucket() {
        FeatureConfig hashed = UNIGRAMS.withNgramMax(2).withHashDimension(1 << 20);

        assertThat(share(hashed, "good movie")).isZero();
        assertThat(share(hashed, "good zzzqqq")).isEqualTo(0.5);
    }

    @Test
    void startsAfreshForEveryTextInAReusedBuffer() {
        FeatureExtractor extractor = extractor(UNIGRAMS);
        FeatureBuffer buffer = new FeatureBuffer();

        extractor.extractInto("zzz qqq", buffer);
        extractor.extractInto("good movie", buffer);

        assertThat(buffer.unknownTermShare()).isZero();
    }

    private static double share(FeatureConfig config, String text) {
        FeatureBuffer buffer = new FeatureBuffer();
        extractor(config).extractInto(text.toLowerCase(java.util.Locale.ROOT), buffer);
        return buffer.unknownTermShare();
    }

    private static FeatureExtractor extractor(FeatureConfig config) {
        Vocabulary vocabulary = Vocabulary.fit(config, Vocabulary.documentFrequencies(config, CORPUS), CORPUS.size());
        return new FeatureExtractor(config, vocabulary);
    }
}
