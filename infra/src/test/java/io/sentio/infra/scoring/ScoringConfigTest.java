package io.sentio.infra.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.infra.config.ContextValues;
import io.sentio.infra.config.InvalidContextException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringConfigTest {

    @Test
    void defaultsWithoutContext() {
        assertThat(ScoringConfig.from(ContextValues.of(Map.of()))).isEqualTo(ScoringConfig.DEFAULTS);
    }

    @Test
    void refusesPrefixesThatOverlapOrReachIntoTheModels() {
        assertThatThrownBy(() -> ScoringConfig.from(ContextValues.of(Map.of("scoringInputPrefix", "backlog/",
                "scoringOutputPrefix", "backlog/out/")))).isInstanceOf(InvalidContextException.class)
                .hasMessageContaining("scoringOutputPrefix");
        assertThatThrownBy(() -> ScoringConfig.from(ContextValues.of(Map.of("scoringInputPrefix", "models/x/"))))
                .hasMessageContaining("outside models/");
        assertThatThrownBy(() -> ScoringConfig.from(ContextValues.of(Map.of("scoringOutputPrefix", "no-slash"))))
                .hasMessageContaining("ending in '/'");
    }

    @Test
    void boundsConcurrencyAndTolerance() {
        assertThatThrownBy(() -> ScoringConfig.from(ContextValues.of(Map.of("scoringMaxConcurrency", "0"))))
                .hasMessageContaining("scoringMaxConcurrency");
        assertThatThrownBy(() -> ScoringConfig.from(ContextValues.of(Map.of("scoringToleratedFailurePercent", "101"))))
                .hasMessageContaining("scoringToleratedFailurePercent");
    }

    @Test
    void rowsPerInvocationDefaultsToAThousandAndIsBounded() {
        assertThat(ScoringConfig.DEFAULTS.rowsPerInvocation()).isEqualTo(1000);
        assertThat(ScoringConfig.from(ContextValues.of(Map.of("scoringRowsPerInvocation", "250"))).rowsPerInvocation())
                .isEqualTo(250);
        assertThatThrownBy(() -> ScoringConfig.from(ContextValues.of(Map.of("scoringRowsPerInvocation", "0"))))
                .hasMessageContaining("scoringRowsPerInvocation");
    }
}
