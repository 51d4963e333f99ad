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
}
