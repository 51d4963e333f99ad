package io.sentio.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sentio.core.decision.Decision;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bundle written by an earlier build, kept as a fixture: a change to the bundle format, the
 * cleaner, the tokenizer or the features that would make deployed models answer differently
 * fails here. Regenerate the fixture only for a deliberate, documented format change.
 */
class BundleFormatCompatibilityTest {

    private static Classifier fixture(String name) throws URISyntaxException {
        Path dir = Path.of(BundleFormatCompatibilityTest.class.getResource("/fixtures/" + name).toURI());
        return new Classifier(BundleDirectory.read(dir).open());
    }

    /** format-1: model.tribuo + vocabulary; format-2 adds weights.bin, which serving scores from. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bundle-format-1|I love this dress, it fits perfectly.|positive|0.9725059698476041",
        "bundle-format-1|Terrible quality, returned it.|negative|0.9334578625802236",
        "bundle-format-1|It is okay, nothing special.|neutral|0.9642043564772559",
        "bundle-format-2|I love this dress, it fits perfectly.|positive|0.9725059698476041",
        "bundle-format-2|Terrible quality, returned it.|negative|0.9334578625802236",
        "bundle-format-2|It is okay, nothing special.|neutral|0.9642043564772559"})
    void savedBundleStillLoadsAndAnswersAsItDid(String fixture, String text, String label, double confidence)
            throws Exception {
        Prediction prediction = fixture(fixture).predict(text);

        assertThat(prediction.label()).isEqualTo(label);
        assertThat(prediction.confidence()).isCloseTo(confidence, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundle-format-1", "bundle-format-2"})
    void aBundleFromBeforeDecisionRulesIsSingleLabelHighestProbability(String fixture) throws Exception {
        assertThat(fixture(fixture).manifest().decision()).isEqualTo(Decision.HIGHEST_PROBABILITY);
    }
}
