package io.sentio.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeatureConfigTest {

    @Test
    void defaultsAreUnigramsAndBigramsWithSublinearTfIdfAndUnitLength() {
        FeatureConfig defaults = FeatureConfig.defaults();

        assertThat(defaults).isEqualTo(new FeatureConfig(true, 2, 2, 0, TermWeighting.SUBLINEAR_TF, true, true));
        assertThat(defaults.hashing()).isFalse();
        assertThat(defaults.withHashDimension(4096).hashing()).isTrue();
    }

    @Test
    void withersChangeOneSetting() {
        FeatureConfig base = FeatureConfig.defaults();

        assertThat(base.withNgramMax(3).ngramMax()).isEqualTo(3);
        assertThat(base.withMinCount(5).minCount()).isEqualTo(5);
        assertThat(base.withWeighting(TermWeighting.BINARY).weighting()).isEqualTo(TermWeighting.BINARY);
        assertThat(base.withIdf(false).idf()).isFalse();
        assertThat(base.withLowercase(false).lowercase()).isFalse();
        assertThat(base.withL2Normalize(false).l2Normalize()).isFalse();
        assertThat(base.withNgramMax(3).withNgramMax(2)).isEqualTo(base);
    }

    @Test
    void refusesNgramsOutsideOneToFive() {
        assertThatThrownBy(() -> FeatureConfig.defaults().withNgramMax(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ngram_max must be between 1 and 5, was 0");
        assertThatThrownBy(() -> FeatureConfig.defaults().withNgramMax(6))
                .hasMessage("ngram_max must be between 1 and 5, was 6");
        assertThat(FeatureConfig.defaults().withNgramMax(5).ngramMax()).isEqualTo(5);
    }

    @Test
    void refusesAMinCountBelowOne() {
        assertThatThrownBy(() -> FeatureConfig.defaults().withMinCount(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("min_count must be at least 1, was 0");
    }

    @Test
    void refusesANegativeHashDimension() {
        assertThatThrownBy(() -> FeatureConfig.defaults().withHashDimension(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hash_dimension must be 0 (off) or positive, was -1");
    }

    @Test
    void requiresAWeighting() {
        assertThatThrownBy(() -> FeatureConfig.defaults().withWeighting(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weighting is required");
    }
}
