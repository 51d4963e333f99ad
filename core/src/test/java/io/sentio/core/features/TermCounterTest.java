package io.sentio.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TermCounterTest {
    private static final FeatureConfig UNIGRAMS = new FeatureConfig(true, 1, 1, 0, TermWeighting.TF, false, false);

    @Test
    void countsEveryNgramUpToN() {
        Map<String, Integer> counts = new TermCounter(UNIGRAMS.withNgramMax(3)).count("a b c");

        assertThat(counts).containsOnly(
                entry("a", 1), entry("b", 1), entry("c", 1),
                entry("a b", 1), entry("b c", 1),
                entry("a b c", 1));
    }

    @Test
    void givesEachTermTheHashItsStringWouldHave() {
        String text = "Über-soft fabric!! A \"perfect\" fit, 10/10 — would buy again 😀 "
                + "supercalifragilisticexpialidocious-and-then-some-more-letters-to-pass-sixty-four-characters ok";
        java.util.List<String> mismatches = new java.util.ArrayList<>();
        int[] seen = {0};

        new TermCounter(UNIGRAMS.withNgramMax(5)).forEachTerm(text.toLowerCase(java.util.Locale.ROOT),
                new StringBuilder(), (term, hash, unigram) -> {
                    seen[0]++;
                    if (hash != term.toString().hashCode()) {
                        mismatches.add(term.toString());
                    }
                });

        assertThat(seen[0]).isGreaterThan(50);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void unigramsOnlyWhenNIsOne() {
        assertThat(new TermCounter(UNIGRAMS).count("Good good bad")).containsOnly(entry("good", 2), entry("bad", 1));
    }

    @Test
    void repeatedNgramsAreCounted() {
        assertThat(new TermCounter(UNIGRAMS.withNgramMax(2)).count("so so so"))
                .containsOnly(entry("so", 3), entry("so so", 2));
    }

    @Test
    void ngramsSpanPunctuationTokens() {
        assertThat(new TermCounter(UNIGRAMS.withNgramMax(2)).count("love it!"))
                .containsOnly(entry("love", 1), entry("it", 1), entry("!", 1), entry("love it", 1), entry("it !", 1));
    }

    @Test
    void hashedTermsAreNamedByTheirBucket() {
        Map<String, Integer> counts = new TermCounter(UNIGRAMS.withNgramMax(2).withHashDimension(1024)).count("love it");

        assertThat(counts.keySet()).allMatch(name -> name.matches("#\\d+"));
        assertThat(counts).containsEntry("#767", 1).containsEntry("#246", 1).hasSize(3);
    }

    @Test
    void hashBucketsAreFixedAcrossRunsAndMachines() {
        // String.hashCode is specified by the JLS and the finaliser is fixed, so a model trained
        // anywhere hashes "love" into the same bucket at serving. Changing this breaks every model.
        TermCounter hashed = new TermCounter(UNIGRAMS.withHashDimension(1024));
        assertThat(hashed.count("love")).containsOnly(entry("#767", 1));
        assertThat(hashed.count("great")).containsOnly(entry("#85", 1));
        assertThat(hashed.count("terrible")).containsOnly(entry("#133", 1));
        assertThat(new TermCounter(UNIGRAMS.withHashDimension(1 << 20)).count("love")).containsOnly(entry("#653055", 1));
    }

    @Test
    void collidingTermsShareABucketAndTheirCounts() {
        Map<String, Integer> counts = new TermCounter(UNIGRAMS.withHashDimension(1)).count("a b c");

        assertThat(counts).containsOnly(entry("#0", 3));
    }
}
