package io.sentio.training.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationCountsTest {

    @Test
    void eceIsTheSupportWeightedGapBetweenConfidenceAndAccuracy() {
        CalibrationCounts counts = new CalibrationCounts();
        // Bin [0.933, 1]: confidence 0.95, right 1 time in 2 → gap 0.45. Bin [0.6, 0.667): 0.6, right 2 of 2 → gap 0.4.
        counts.add(0.95, true);
        counts.add(0.95, false);
        counts.add(0.6, true);
        counts.add(0.6, true);

        Calibration c = counts.calibration();

        assertThat(c.bins()).hasSize(15);
        assertThat(c.ece()).isCloseTo(0.5 * 0.45 + 0.5 * 0.4, within(1e-12));
        Calibration.Bin top = c.bins().get(14);
        assertThat(top.count()).isEqualTo(2);
        assertThat(top.accuracy()).isEqualTo(0.5);
        assertThat(top.confidence()).isCloseTo(0.95, within(1e-12));
    }

    @Test
    void aPerfectlyCalibratedModelHasNoError() {
        CalibrationCounts counts = new CalibrationCounts();
        for (int i = 0; i < 10; i++) {
            counts.add(0.7, i < 7);
        }
        assertThat(counts.calibration().ece()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void probabilityOneFallsInTheLastBin() {
        CalibrationCounts counts = new CalibrationCounts();
        counts.add(1.0, true);
        counts.add(0.0, false);

        Calibration c = counts.calibration();

        assertThat(c.bins().get(14).count()).isEqualTo(1);
        assertThat(c.bins().get(0).count()).isEqualTo(1);
        assertThat(c.ece()).isZero();
    }
}
