package io.sentio.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The occurrences found for explanations are exactly the terms the extractor counts. */
class TermOccurrencesTest {
    private static final List<String> TEXTS = List.of(
            "It fell apart after one wash, and it fell apart again!",
            "Love the colour. Don\u2019t love the fit?! 😀 5 stars anyway",
            "so-so fabric, so so fit, so-so price");

    @Test
    void everyCountedTermIsFoundAsOftenAsItOccurs() {
        for (FeatureConfig config : List.of(
                FeatureConfig.defaults().withMinCount(1).withNgramMax(3),
                FeatureConfig.defaults().withMinCount(1).withLowercase(false),
                FeatureConfig.defaults().withMinCount(1).withHashDimension(64),
                FeatureConfig.defaults().withMinCount(1).withNgramMax(3).withNegation(NegationMarking.ON))) {
            Vocabulary vocabulary = Vocabulary.fit(config, Vocabulary.documentFrequencies(config, TEXTS), TEXTS.size());
            FeatureExtractor features = new FeatureExtractor(config, vocabulary);
            TermCounter counter = new TermCounter(config);
            for (String text : TEXTS) {
                List<TokenSpans.Token> tokens = TokenSpans.of(text, config);
                Map<Integer, Integer> found = new HashMap<>();
                for (TermOccurrences.Occurrence o : TermOccurrences.find(features, tokens, 0, tokens.size())) {
                    found.merge(o.position(), 1, Integer::sum);
                    if (!config.hashing()) {
                        assertThat(vocabulary.term(o.position())).isEqualTo(o.text());
                    }
                }
                Map<Integer, Integer> counted = new HashMap<>();
                counter.count(text).forEach((term, n) -> counted.put(vocabulary.indexOf(term), n));
                counted.remove(-1);

                assertThat(found).as("%s with %s", text, config).isEqualTo(counted);
            }
        }
    }

    @Test
    void anNgramSpansItsWords() {
        FeatureConfig config = FeatureConfig.defaults().withMinCount(1);
        String text = "It fell  apart.";
        Vocabulary vocabulary = Vocabulary.fit(config, Vocabulary.documentFrequencies(config, List.of(text)), 1);
        FeatureExtractor features = new FeatureExtractor(config, vocabulary);
        List<TokenSpans.Token> tokens = TokenSpans.of(text, config);

        assertThat(TermOccurrences.find(features, tokens, 0, tokens.size()))
                .filteredOn(o -> o.text().equals("fell apart"))
                .singleElement()
                .satisfies(o -> assertThat(text.substring(o.start(), o.end())).isEqualTo("fell  apart"));
    }
}
