package io.sentio.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static final FeatureConfig UNIGRAMS_TF_IDF = new FeatureConfig(true, 1, 1, 0, TermWeighting.TF, true, false);

    @Test
    void documentFrequenciesCountEachTermOncePerText() {
        Map<String, Integer> df = Vocabulary.documentFrequencies(UNIGRAMS_TF_IDF.withNgramMax(2),
                List.of("good good movie", "bad movie", "good"));

        assertThat(df).containsOnly(
                entry("good", 2), entry("movie", 2), entry("bad", 1),
                entry("good good", 1), entry("good movie", 1), entry("bad movie", 1));
    }

    @Test
    void keepsOnlyTermsSeenInAtLeastMinCountTexts() {
        Map<String, Integer> df = Map.of("rare", 1, "some", 2, "common", 3);

        Vocabulary vocabulary = Vocabulary.fit(UNIGRAMS_TF_IDF.withMinCount(2), df, 3);

        assertThat(vocabulary.size()).isEqualTo(2);
        assertThat(vocabulary.weight("rare")).isZero();
        assertThat(vocabulary.weight("some")).isPositive();
        assertThat(vocabulary.weight("common")).isPositive();
    }

    @Test
    void idfIsTheSmoothIdfOfScikitLearn() {
        // idf(t) = ln((1 + n) / (1 + df(t))) + 1
        Vocabulary vocabulary = Vocabulary.fit(UNIGRAMS_TF_IDF, Map.of("everywhere", 4, "half", 2, "once", 1), 4);

        assertThat(vocabulary.weight("everywhere")).isEqualTo(1.0);
        assertThat(vocabulary.weight("half")).isCloseTo(Math.log(5.0 / 3.0) + 1, within(1e-15));
        assertThat(vocabulary.weight("once")).isCloseTo(Math.log(5.0 / 2.0) + 1, within(1e-15));
    }

    @Test
    void weightIsOneWhenIdfIsOff() {
        Vocabulary vocabulary = Vocabulary.fit(UNIGRAMS_TF_IDF.withIdf(false), Map.of("half", 2, "once", 1), 4);

        assertThat(vocabulary.weight("half")).isEqualTo(1.0);
        assertThat(vocabulary.weight("once")).isEqualTo(1.0);
    }

    @Test
    void nbWeightingMultipliesIdfByHowWellATermTellsTheLabelsApart() {
        TermStatistics statistics = TermStatistics.count(UNIGRAMS_TF_IDF,
                List.of("great film", "great film", "awful film", "dull film"), List.of("pos", "pos", "neg", "neg"));

        Vocabulary vocabulary = Vocabulary.fit(UNIGRAMS_TF_IDF.withNbWeighting(NbWeighting.ON), statistics);

        assertThat(vocabulary.weight("great")).isCloseTo((Math.log(5.0 / 3.0) + 1) * Math.log(3), within(1e-12));
        // In every text of both labels: tells nothing, so it is not kept at all.
        assertThat(vocabulary.weight("film")).isZero();
        assertThat(vocabulary.size()).isEqualTo(3);
    }

    @Test
    void withoutNbWeightingStatisticsGiveTheSameVocabularyAsDocumentFrequencies() {
        List<String> texts = List.of("great film", "great film", "awful film", "dull film");
        TermStatistics statistics = TermStatistics.count(UNIGRAMS_TF_IDF, texts, List.of("pos", "pos", "neg", "neg"));

        assertThat(Vocabulary.fit(UNIGRAMS_TF_IDF, statistics).toBytes())
                .isEqualTo(Vocabulary.fit(UNIGRAMS_TF_IDF, Vocabulary.documentFrequencies(UNIGRAMS_TF_IDF, texts), 4)
                        .toBytes());
    }

    @Test
    void countingOnlyTermsThatCanReachTheMinimumCountLosesNoTermThatDoes() {
        java.util.Random random = new java.util.Random(5);
        List<String> words = List.of("good", "bad", "fit", "size", "love", "hate", "small", "large", "colour", "fabric");
        List<String> texts = new java.util.ArrayList<>();
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                text.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            texts.add(text.toString());
            labels.add(i % 3 == 0 ? "neg" : "pos");
        }
        FeatureConfig trigrams = UNIGRAMS_TF_IDF.withNgramMax(3).withMinCount(3);

        TermStatistics statistics = TermStatistics.count(trigrams, texts, labels);

        assertThat(Vocabulary.fit(trigrams, statistics).toBytes())
                .isEqualTo(Vocabulary.fit(trigrams, Vocabulary.documentFrequencies(trigrams, texts), 300).toBytes());
        assertThat(statistics.documentFrequencies()).allSatisfy((term, df) -> assertThat(df).isGreaterThan(0));
    }

    @Test
    void maxTermsKeepsTheMostTellingTerms() {
        List<String> texts = List.of("great plot film", "great plot film", "great film", "awful plot film",
                "awful film", "dull film");
        List<String> labels = List.of("pos", "pos", "pos", "neg", "neg", "neg");
        TermStatistics statistics = TermStatistics.count(UNIGRAMS_TF_IDF, texts, labels);

        Vocabulary nb = Vocabulary.fit(UNIGRAMS_TF_IDF.withNbWeighting(NbWeighting.ON).withMaxTerms(2), statistics);
        Vocabulary byFrequency = Vocabulary.fit(UNIGRAMS_TF_IDF.withMaxTerms(2), statistics);

        assertThat(nb.terms()).containsExactly("awful", "great");
        assertThat(byFrequency.terms()).containsExactly("film", "great"); // great and plot tie on 3 texts: by name
    }

    @Test
    void unknownTermsWeighNothing() {
        Vocabulary vocabulary = Vocabulary.fit(UNIGRAMS_TF_IDF, Map.of("good", 1), 1);

        assertThat(vocabulary.weight("bad")).isZero();
    }

    @Test
    void bytesRoundTripExactly() throws IOException {
        Vocabulary vocabulary = Vocabulary.fit(UNIGRAMS_TF_IDF,
                Map.of("good", 3, "bad", 1, "don't", 2, "\u2764", 1, "love it", 2, "été", 1), 7);

        Vocabulary read = Vocabulary.fromBytes(vocabulary.toBytes());

        assertThat(read.size()).isEqualTo(6);
        for (String term : List.of("good", "bad", "don't", "\u2764", "love it", "été")) {
            assertThat(read.weight(term)).as(term).isEqualTo(vocabulary.weight(term));
        }
        assertThat(read.toBytes()).isEqualTo(vocabulary.toBytes());
    }

    @Test
    void sameVocabularyGivesTheSameBytes() throws IOException {
        Map<String, Integer> forwards = new LinkedHashMap<>();
        Map<String, Integer> backwards = new LinkedHashMap<>();
        List<String> terms = List.of("alpha", "beta", "gamma", "delta", "epsilon");
        for (int i = 0; i < terms.size(); i++) {
            forwards.put(terms.get(i), i + 1);
            backwards.put(terms.get(terms.size() - 1 - i), terms.size() - i);
        }

        byte[] a = Vocabulary.fit(UNIGRAMS_TF_IDF, forwards, 9).toBytes();
        byte[] b = Vocabulary.fit(UNIGRAMS_TF_IDF, backwards, 9).toBytes();

        assertThat(a).isEqualTo(b);
        assertThat(gunzip(a)).startsWith("alpha\t").contains("\nbeta\t").endsWith("\n");
    }

    @Test
    void aFileOutOfOrderStillLoadsSortedAndTheLastOfARepeatedTermWins() throws IOException {
        Vocabulary read = Vocabulary.fromBytes(gzip("love\t2.0\nbad\t3.0\nlove\t4.0\n"));

        assertThat(read.terms()).containsExactly("bad", "love");
        assertThat(read.weight("love")).isEqualTo(4.0);
        assertThat(read.indexOf("bad")).isZero();
        assertThat(read.indexOf(new StringBuilder("love"))).isEqualTo(1);
    }

    @Test
    void emptyVocabularyRoundTrips() throws IOException {
        Vocabulary empty = Vocabulary.fit(UNIGRAMS_TF_IDF, Map.of(), 0);

        assertThat(Vocabulary.fromBytes(empty.toBytes()).size()).isZero();
    }

    @Test
    void aLineWithoutTabIsRefusedWithItsLineNumber() {
        byte[] corrupt = gzip("good\t1.5\nbad\t2.0\nbroken line\n");

        assertThatThrownBy(() -> Vocabulary.fromBytes(corrupt))
                .isInstanceOf(IOException.class)
                .hasMessage("vocabulary line 3 is not 'term<TAB>weight'");
    }

    @Test
    void aNonNumericWeightIsRefusedWithItsLineNumber() {
        byte[] corrupt = gzip("good\t1.5\nbad\theavy\n");

        assertThatThrownBy(() -> Vocabulary.fromBytes(corrupt))
                .isInstanceOf(IOException.class)
                .hasMessage("vocabulary line 2 has no numeric weight");
    }

    @Test
    void aLineWithAnEmptyTermIsRefused() {
        assertThatThrownBy(() -> Vocabulary.fromBytes(gzip("\t1.0\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("vocabulary line 1");
    }

    @Test
    void bytesThatAreNotGzipAreRefused() {
        assertThatThrownBy(() -> Vocabulary.fromBytes("good\t1.0\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
