package io.sentio.function.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LimitsTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(Limits.defaults()).isEqualTo(new Limits(5_000, 64, 1_048_576));
    }

    @Test
    void rejectsLimitsBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Limits(0, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Limits(1, 0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Limits(1, 1, -5));
    }
}
