package io.sentio.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceJoinTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Love it           | Fits well.  | Love it. Fits well.",
        "Love it!          | Fits well.  | Love it! Fits well.",
        "Really?           | Yes.        | Really? Yes.",
        "Wait for it…      | Great.      | Wait for it… Great.",
        "'He said \"wow!\"' | Great.      | He said \"wow!\" Great.",
        "(great.)          | Buy it      | (great.) Buy it",
        "Superb 👍          | Deep bass   | Superb 👍. Deep bass",
    })
    void aTitleBecomesItsOwnSentenceAddingAPeriodOnlyWhenItHasNoTerminalPunctuation(
            String title, String body, String joined) {
        assertThat(SentenceJoin.join(List.of(title, body))).isEqualTo(joined);
    }

    @Test
    void partsAreStrippedAndEmptyPartsDropped() {
        assertThat(SentenceJoin.join(List.of("\n  Honest review\n", "\n  No doubt.\n"))).isEqualTo("Honest review. No doubt.");
        assertThat(SentenceJoin.join(List.of("", "Only the body"))).isEqualTo("Only the body");
        assertThat(SentenceJoin.join(List.of("Only the title", "  "))).isEqualTo("Only the title");
        assertThat(SentenceJoin.join(List.of(" ", ""))).isEmpty();
    }

    @Test
    void threePartsAreJoinedInOrder() {
        assertThat(SentenceJoin.join(List.of("a", "b", "c"))).isEqualTo("a. b. c");
    }
}
