package io.sentio.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingMappingTest {

    @Test
    void defaultsReadAFiveStarScaleAsNegativeNeutralPositive() {
        RatingMapping ratings = RatingMapping.defaults();

        assertThat(ratings.labelOf(1)).contains("negative");
        assertThat(ratings.labelOf(2)).contains("negative");
        assertThat(ratings.labelOf(3)).contains("neutral");
        assertThat(ratings.labelOf(4)).contains("positive");
        assertThat(ratings.labelOf(5)).contains("positive");
        assertThat(ratings.labelOf(6)).isEmpty();
        assertThat(ratings.spec()).isEqualTo("1-2:negative,3:neutral,4-5:positive");
    }

    @Test
    void specWithBlanksAndAnyOrderParsesToTheCanonicalForm() {
        RatingMapping ratings = RatingMapping.parse(" 7-10 : positive , 1-4:negative ");

        assertThat(ratings.spec()).isEqualTo("1-4:negative,7-10:positive");
        assertThat(RatingMapping.parse(ratings.spec())).isEqualTo(ratings);
    }

    @Test
    void aGapLeavesRatingsOnTheScaleButUnmapped() {
        RatingMapping binary = RatingMapping.parse("1-2:negative,4-5:positive");

        assertThat(binary.labelOf(3)).isEqualTo(Optional.empty());
        assertThat(binary.onScale(3)).isTrue();
        assertThat(binary.onScale(0)).isFalse();
        assertThat(binary.onScale(6)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                 | empty rating mapping",
        "1-2negative                        | no ':' between rating and label",
        "one:negative                       | 'one' is not a rating",
        "1-x:negative                       | '1-x' is not a rating",
        "5-4:positive                       | runs backwards",
        "1-2:                               | has no label",
        "1-3:negative,3-5:positive          | overlap",
        "1-2:negative,,4-5:positive         | bad rating mapping entry ''",
    })
    void aBadSpecIsRefusedNamingWhatIsWrong(String spec, String message) {
        assertThatThrownBy(() -> RatingMapping.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aBadEntryMessageShowsTheExpectedForm() {
        assertThatThrownBy(() -> RatingMapping.parse("1-2 negative"))
                .hasMessageContaining("'1-2 negative'")
                .hasMessageContaining("expected <rating>[-<rating>]:<label>")
                .hasMessageContaining(RatingMapping.DEFAULT_SPEC);
    }
}
