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
    void automaticSettingsAreChosenFromTheCorpusAndExplicitOnesKept() {
        FeatureConfig auto = FeatureConfig.defaults().withMinCount(FeatureConfig.AUTO)
                .withMaxTerms(FeatureConfig.AUTO_MAX_TERMS);

        assertThat(auto.adaptive()).isTrue();
        assertThat(auto.forCorpus(1_000, 3, 60).minCount()).isEqualTo(2);
        assertThat(auto.forCorpus(18_000, 3, 60).minCount()).isEqualTo(3);
        assertThat(auto.forCorpus(25_000, 3, 60).minCount()).isEqualTo(5);
        assertThat(auto.forCorpus(500_000, 3, 60).minCount()).isEqualTo(5);
        assertThat(auto.forCorpus(25_000, 2, 60).maxTerms()).isEqualTo(9_000_000 / 51);
        assertThat(auto.forCorpus(25_000, 3, 60).maxTerms()).isEqualTo(9_000_000 / 73);
        assertThat(auto.withMaxTerms(0).forCorpus(25_000, 3, 60).maxTerms()).isZero();
        FeatureConfig autoNgrams = auto.withNgramMax(FeatureConfig.AUTO);
        assertThat(autoNgrams.adaptive()).isTrue();
        assertThat(autoNgrams.forCorpus(18_000, 3, 60).ngramMax()).isEqualTo(2);
        assertThat(autoNgrams.forCorpus(25_000, 2, 230).ngramMax()).isEqualTo(3);
        assertThat(auto.forCorpus(25_000, 2, 230).ngramMax()).isEqualTo(2);
        assertThat(auto.forCorpus(25_000, 3, 60).adaptive()).isFalse();
        assertThat(FeatureConfig.defaults().withMinCount(7).forCorpus(25_000, 3, 60).minCount()).isEqualTo(7);
        FeatureConfig autoCounts = auto.withNbWeighting(NbWeighting.AUTO).withWeighting(TermWeighting.AUTO);
        assertThat(autoCounts.forCorpus(25_000, 2, 230).weighting()).isEqualTo(TermWeighting.BINARY);
        assertThat(autoCounts.forCorpus(25_000, 3, 60).weighting()).isEqualTo(TermWeighting.SUBLINEAR_TF);
        assertThat(auto.withWeighting(TermWeighting.TF).forCorpus(25_000, 2, 230).weighting())
                .isEqualTo(TermWeighting.TF);
        FeatureConfig autoNb = auto.withNbWeighting(NbWeighting.AUTO);
        assertThat(autoNb.adaptive()).isTrue();
        assertThat(autoNb.forCorpus(25_000, 2, 60).nbWeighting()).isEqualTo(NbWeighting.ON);
        assertThat(autoNb.forCorpus(25_000, 3, 60).nbWeighting()).isEqualTo(NbWeighting.OFF);
        assertThat(auto.withNbWeighting(NbWeighting.ON).forCorpus(25_000, 3, 60).nbWeighting()).isEqualTo(NbWeighting.ON);
        FeatureConfig autoNegation = auto.withNegation(NegationMarking.AUTO);
        assertThat(autoNegation.adaptive()).isTrue();
        assertThat(autoNegation.forCorpus(25_000, 3, 60).negation()).isEqualTo(NegationMarking.ON);
        assertThat(autoNegation.forCorpus(25_000, 3, 60).marksNegation()).isTrue();
        assertThat(auto.withNegation(NegationMarking.OFF).forCorpus(25_000, 3, 60).marksNegation()).isFalse();
    }

    @Test
    void theOldSevenSettingsMeanNoNbWeightingAndNoTermLimit() {
        FeatureConfig old = new FeatureConfig(true, 2, 5, 0, TermWeighting.SUBLINEAR_TF, true, true);

        assertThat(old.nbWeighting()).isEqualTo(NbWeighting.OFF);
        assertThat(old.maxTerms()).isZero();
        assertThat(old.adaptive()).isFalse();
    }

    @Test
    void aManifestWithoutTheNewSettingsReadsAsBefore() throws Exception {
        String json = "{\"lowercase\":true,\"ngram_max\":2,\"min_count\":5,\"hash_dimension\":0,"
                + "\"weighting\":\"SUBLINEAR_TF\",\"idf\":true,\"l2_normalize\":true}";

        FeatureConfig read = io.sentio.core.json.Json.mapper().readValue(json, FeatureConfig.class);

        assertThat(read).isEqualTo(new FeatureConfig(true, 2, 5, 0, TermWeighting.SUBLINEAR_TF, true, true));
        assertThat(read.negation()).isEqualTo(NegationMarking.OFF);
        FeatureConfig current = read.withNbWeighting(NbWeighting.ON).withMaxTerms(9).withNegation(NegationMarking.ON);
        assertThat(io.sentio.core.json.Json.mapper().readValue(
                io.sentio.core.json.Json.mapper().writeValueAsBytes(current), FeatureConfig.class)).isEqualTo(current);
    }

    @Test
    void refusesNgramsOutsideOneToFive() {
        assertThatThrownBy(() -> FeatureConfig.defaults().withNgramMax(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ngram_max must be between 1 and 5 (or 0 = auto), was -1");
        assertThatThrownBy(() -> FeatureConfig.defaults().withNgramMax(6))
                .hasMessage("ngram_max must be between 1 and 5 (or 0 = auto), was 6");
        assertThat(FeatureConfig.defaults().withNgramMax(5).ngramMax()).isEqualTo(5);
    }

    @Test
    void refusesANegativeMinCountOrTermLimit() {
        assertThatThrownBy(() -> FeatureConfig.defaults().withMinCount(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("min_count must be at least 1 (or 0 = auto), was -1");
        assertThatThrownBy(() -> FeatureConfig.defaults().withMaxTerms(-2))
                .hasMessage("max_terms must be 0 (no limit), positive or -1 (auto), was -2");
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
