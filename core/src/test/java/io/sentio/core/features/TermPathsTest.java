package io.sentio.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermPathsTest {
    private static final FeatureConfig TRIGRAM_COUNTS = new FeatureConfig(true, 3, 1, 0, TermWeighting.TF, false,
            false);

    @Test
    void findsUnigramsAndFollowsEachNGramTokenByToken() {
        Vocabulary vocabulary = vocabulary("not", "not good", "not very good", "very");
        TermPaths paths = TermPaths.of(vocabulary, 3);

        int not = paths.tokenId("not");
        int very = paths.tokenId("very");
        int good = paths.tokenId("good");
        assertThat(paths.unigramPosition(not)).isEqualTo(vocabulary.indexOf("not"));
        assertThat(paths.unigramPosition(good)).as("only inside n-grams").isEqualTo(-1);
        int notVery = paths.edge(not, very);
        assertThat(paths.positionAt(notVery)).as("a prefix of a term, not a term").isEqualTo(-1);
        int notVeryGood = paths.edge(paths.childAt(notVery), good);
        assertThat(paths.positionAt(notVeryGood)).isEqualTo(vocabulary.indexOf("not very good"));
        assertThat(paths.positionAt(paths.edge(not, good))).isEqualTo(vocabulary.indexOf("not good"));
        assertThat(paths.edge(very, good)).as("no term starts 'very good'").isEqualTo(-1);
        assertThat(paths.tokenId("bad")).isEqualTo(-1);
    }

    @Test
    void leavesOutTermsNoTextCanProduce() {
        Vocabulary vocabulary = vocabulary("a b c", "a  b", " a", "b");
        TermPaths paths = TermPaths.of(vocabulary, 2);

        assertThat(paths.tokenId("a")).as("'a b c' is longer than 2 tokens, the others have an empty piece")
                .isEqualTo(-1);
        assertThat(paths.unigramPosition(paths.tokenId("b"))).isEqualTo(vocabulary.indexOf("b"));
    }

    @Test
    void looksUpATokenFromScratchCharactersByItsStringHash() {
        TermPaths paths = TermPaths.of(vocabulary("love", "love it"), 2);
        char[] scratch = "loveXYZ".toCharArray();

        assertThat(paths.tokenId(scratch, 4, "love".hashCode())).isEqualTo(paths.tokenId("love"));
        assertThat(paths.tokenId(scratch, 5, "loveX".hashCode())).isEqualTo(-1);
    }

    /**
     * Texts whose tokens need Unicode's own rules (case mappings that change length or depend on
     * context, a sign that lower-cases to ASCII, typographic apostrophes, emoji, combining marks)
     * count exactly as looking up every n-gram by name counts them.
     */
    @Test
    void arbitraryUnicodeTextCountsExactlyAsLookupsByName() {
        String[] pieces = {"a", "A", "Word", "WORD", "don't", "DON\u2019T", "\u2019", "'", "\u0130stanbul", "I",
            "\u0131", "\u03A3\u039F\u03A3", "\u03C3", "\u03C2", "\u212Aelvin", "kelvin", "STRASSE", "stra\u00DFe",
            "\u01C5", "\uFB01ne", "caf\u00E9", "cafe\u0301", "\uD83D\uDE00", "\u2764\uFE0F", "\u24B6", "!", "?", "9",
            " ", "  ", "\n", ".", ",", "-", "\uD801\uDC00", "\uD801\uDC28"};
        Random random = new Random(20261202L);
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < 4_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(16); piece >= 0; piece--) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            texts.add(text.toString());
        }
        for (FeatureConfig config : List.of(TRIGRAM_COUNTS, TRIGRAM_COUNTS.withLowercase(false))) {
            List<String> train = texts.subList(0, 2_000);
            Vocabulary vocabulary = Vocabulary.fit(config, Vocabulary.documentFrequencies(config, train), train.size());
            FeatureExtractor extractor = new FeatureExtractor(config, vocabulary);
            FeatureBuffer buffer = new FeatureBuffer();
            for (String text : texts) {
                Map<String, Double> expected = FeatureExtractionOnRealReviewsTest.plainDefinition(config, vocabulary,
                        text);
                FeatureVector vector = extractor.extract(text);
                extractor.extractInto(text, buffer);

                assertThat(vector.names()).as(text).containsExactlyInAnyOrderElementsOf(expected.keySet());
                for (int i = 0; i < vector.size(); i++) {
                    assertThat(vector.values()[i]).as(text).isEqualTo(expected.get(vector.names()[i]));
                }
                assertThat(buffer.unknownTermShare()).as(text)
                        .isEqualTo(FeatureExtractionOnRealReviewsTest.plainUnknownShare(config, vocabulary, text));
            }
        }
    }

    @Test
    void aBufferReusedAcrossVocabulariesAndTextsKeepsNoCountsBehind() {
        FeatureExtractor small = new FeatureExtractor(TRIGRAM_COUNTS, vocabulary("good", "good fun"));
        FeatureExtractor large = new FeatureExtractor(TRIGRAM_COUNTS, vocabulary("bad", "fun", "good", "good fun",
                "very", "very good"));
        FeatureBuffer buffer = new FeatureBuffer();

        small.extractInto("good fun good fun", buffer);
        assertThat(buffer.size()).isEqualTo(2);
        assertThat(buffer.value(0)).isEqualTo(2.0);
        large.extractInto("very good fun", buffer);
        assertThat(buffer.size()).isEqualTo(5);
        small.extractInto("good", buffer);
        assertThat(buffer.size()).isEqualTo(1);
        assertThat(buffer.value(0)).isEqualTo(1.0);
    }

    private static Vocabulary vocabulary(String... terms) {
        return Vocabulary.fit(TRIGRAM_COUNTS.withNgramMax(5), java.util.Arrays.stream(terms)
                .collect(java.util.stream.Collectors.toMap(t -> t, t -> 1)), terms.length);
    }
}
