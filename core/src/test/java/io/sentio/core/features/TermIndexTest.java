package io.sentio.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TermIndexTest {
    private static final String[] TERMS = {"!", "fit", "love", "love it", "not", "not great", "\u2764"};

    @Test
    void findsEachTermAtItsPositionWhetherAskedWithAStringOrABuilder() {
        TermIndex index = new TermIndex(TERMS);

        for (int i = 0; i < TERMS.length; i++) {
            assertThat(index.indexOf(TERMS[i])).isEqualTo(i);
            assertThat(index.indexOf(new StringBuilder(TERMS[i]))).isEqualTo(i);
        }
    }

    @Test
    void anUnknownTermIsMinusOne() {
        TermIndex index = new TermIndex(TERMS);

        assertThat(index.indexOf("hate")).isEqualTo(-1);
        assertThat(index.indexOf(new StringBuilder("love i"))).isEqualTo(-1);
        assertThat(index.indexOf("")).isEqualTo(-1);
        assertThat(new TermIndex(new String[0]).indexOf("love")).isEqualTo(-1);
    }

    @Test
    void manyTermsWithCollidingPrefixesAreAllFound() {
        String[] terms = new String[50_000];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = "w" + i;
        }
        TermIndex index = new TermIndex(terms);

        for (int i = 0; i < terms.length; i++) {
            assertThat(index.indexOf(new StringBuilder("w").append(i))).isEqualTo(i);
        }
        assertThat(index.indexOf("w50000")).isEqualTo(-1);
    }

    @Test
    void aRepeatedTermIsRefused() {
        assertThatThrownBy(() -> new TermIndex(new String[] {"love", "love"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("love");
    }

    @Test
    void aBuilderNumbersNewTermsInOrderAndKeepsThemAsItGrows() {
        TermIndex.Builder builder = new TermIndex.Builder(4, 8);
        String text = "w0 w1 w2";
        assertThat(builder.add(text, 3, 5)).isEqualTo(0);
        for (int i = 1; i < 10_000; i++) {
            String term = "x" + i;
            assertThat(builder.add(term, 0, term.length())).isEqualTo(i);
        }
        assertThat(builder.add("w1", 0, 2)).as("seen before").isEqualTo(0);
        TermIndex index = builder.build();

        assertThat(index.indexOf("w1")).isEqualTo(0);
        assertThat(index.indexOf(new StringBuilder("x9999"))).isEqualTo(9_999);
        assertThat(index.indexOf("x".toCharArray(), 1, "x".hashCode())).isEqualTo(-1);
        assertThatThrownBy(() -> builder.add("late", 0, 4)).isInstanceOf(IllegalStateException.class);
    }
}
