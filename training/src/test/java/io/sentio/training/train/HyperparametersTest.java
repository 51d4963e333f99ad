package io.sentio.training.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HyperparametersTest {

    @Test
    void automaticPenaltyTrainsLongerToConverge() {
        Hyperparameters h = Hyperparameters.defaults().resolved(true);

        assertThat(h.l2()).isEqualTo(Hyperparameters.DEFAULT_L2);
        assertThat(h.epochs()).isEqualTo(Hyperparameters.PENALISED_EPOCHS);
        assertThat(h.learningRate()).isEqualTo(Hyperparameters.PENALISED_LEARNING_RATE);
        assertThat(h.adaptive()).isFalse();
    }

    @Test
    void withoutPenaltyTrainingStopsEarly() {
        Hyperparameters h = Hyperparameters.defaults().resolved(false);

        assertThat(h.l2()).isZero();
        assertThat(h.epochs()).isEqualTo(Hyperparameters.UNPENALISED_EPOCHS);
        assertThat(h.learningRate()).isEqualTo(Hyperparameters.UNPENALISED_LEARNING_RATE);
    }

    @Test
    void explicitSettingsAreKept() {
        Hyperparameters explicit = Hyperparameters.defaults().with(7, 0.2, 0.05);

        assertThat(explicit.resolved(false)).isEqualTo(explicit);
        assertThat(explicit.resolved(true)).isEqualTo(explicit);
    }

    @Test
    void explicitPenaltyChoosesTheEpochsOfAPenalisedFit() {
        Hyperparameters h = Hyperparameters.defaults().with(Hyperparameters.AUTO_EPOCHS, 0.1, 1.0).resolved(false);

        assertThat(h.epochs()).isEqualTo(Hyperparameters.PENALISED_EPOCHS);
        assertThat(h.l2()).isEqualTo(1.0);
    }

    @Test
    void trainersRefuseUnresolvedSettings() {
        assertThatThrownBy(() -> Trainers.create(ModelKind.LOGISTIC, Hyperparameters.defaults(), 10, -1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not resolved");
    }

    @Test
    void factorisationMachinesRefuseAPenalty() {
        Hyperparameters penalised = Hyperparameters.defaults().with(5, 0.1, 0.3);

        assertThat(ModelKind.FM.penalisable()).isFalse();
        assertThatThrownBy(() -> Trainers.create(ModelKind.FM, penalised, 10, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not for fm");
    }

    @Test
    void rejectsNegativePenalty() {
        assertThatThrownBy(() -> Hyperparameters.defaults().with(5, 0.1, -0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("l2");
    }
}
