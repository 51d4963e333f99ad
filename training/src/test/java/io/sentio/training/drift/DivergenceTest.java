package io.sentio.training.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DivergenceTest {
    @Test
    void stabilityIndexIsZeroForTheSameDistribution() {
        assertThat(Divergence.populationStability(List.of(0.2, 0.3, 0.5), List.of(0.2, 0.3, 0.5))).isZero();
    }

    @Test
    void stabilityIndexSumsTheShiftTimesTheLogRatio() {
        double expected = (0.4 - 0.5) * Math.log(0.4 / 0.5) + (0.6 - 0.5) * Math.log(0.6 / 0.5);

        assertThat(Divergence.populationStability(List.of(0.5, 0.5), List.of(0.4, 0.6))).isCloseTo(expected, within(1e-12));
    }

    @Test
    void stabilityIndexStaysFiniteWhenABinEmpties() {
        double psi = Divergence.populationStability(List.of(0.5, 0.5), List.of(0.0, 1.0));

        assertThat(psi).isFinite().isGreaterThan(1.0);
    }

    @Test
    void jensenShannonIsZeroForTheSameMixAndOneBitForDisjointOnes() {
        assertThat(Divergence.jensenShannon(List.of(0.7, 0.3), List.of(0.7, 0.3))).isCloseTo(0, within(1e-15));
        assertThat(Divergence.jensenShannon(List.of(1.0, 0.0), List.of(0.0, 1.0))).isCloseTo(1, within(1e-12));
    }

    @Test
    void jensenShannonIsSymmetric() {
        List<Double> p = List.of(0.76, 0.14, 0.10);
        List<Double> q = List.of(0.29, 0.13, 0.58);

        assertThat(Divergence.jensenShannon(p, q)).isCloseTo(Divergence.jensenShannon(q, p), within(1e-15))
                .isBetween(0.0, 1.0);
    }

    @Test
    void refusesDistributionsOverDifferentBins() {
        assertThatThrownBy(() -> Divergence.jensenShannon(List.of(1.0), List.of(0.5, 0.5)))
                .hasMessageContaining("different bins");
    }
}
