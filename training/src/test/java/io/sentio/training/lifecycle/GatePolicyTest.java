package io.sentio.training.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatePolicyTest {

    @Test
    void withNoLiveModelAnyCandidatePasses() {
        assertThat(GatePolicy.defaults().passes(0.1, Optional.empty())).isTrue();
    }

    @Test
    void byDefaultTheCandidateMustBeAtLeastAsGood() {
        GatePolicy policy = GatePolicy.defaults();

        assertThat(policy.metric()).isEqualTo(GateMetric.MACRO_F1);
        assertThat(policy.passes(0.80, Optional.of(0.80))).as("equal").isTrue();
        assertThat(policy.passes(0.81, Optional.of(0.80))).as("better").isTrue();
        assertThat(policy.passes(0.7999, Optional.of(0.80))).as("worse").isFalse();
    }

    @Test
    void toleranceAcceptsACandidateUpToThatMuchWorseAndNoMore() {
        GatePolicy policy = new GatePolicy(GateMetric.ACCURACY, 0.01);

        assertThat(policy.passes(0.79, Optional.of(0.80))).as("exactly at the limit").isTrue();
        assertThat(policy.passes(0.7899, Optional.of(0.80))).as("beyond").isFalse();
    }

    @Test
    void toleranceOutsideZeroToOneIsRefused() {
        for (double bad : new double[] {-0.01, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> new GatePolicy(GateMetric.MACRO_F1, bad))
                    .as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("between 0 and 1");
        }
    }

    @Test
    void metricsAreNamedAsInManifests() {
        assertThat(GateMetric.MACRO_F1.id()).isEqualTo("macro_f1");
        assertThat(GateMetric.ACCURACY.id()).isEqualTo("accuracy");
    }
}
