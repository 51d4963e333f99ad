package io.sentio.training.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.training.prepare.Review;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DriftJobTest {
    private static final List<Review> UNITS = LongStream.range(0, 100)
            .mapToObj(i -> new Review(i, "text " + i, "positive", Optional.empty())).toList();

    @Test
    void aSampleIsSeededAndKeepsTheDataOrder() {
        List<Review> sample = DriftJob.sampled(UNITS, 10, 7);

        assertThat(sample).hasSize(10).isSortedAccordingTo((a, b) -> Long.compare(a.id(), b.id()));
        assertThat(DriftJob.sampled(UNITS, 10, 7)).isEqualTo(sample);
        assertThat(DriftJob.sampled(UNITS, 10, 8)).isNotEqualTo(sample);
    }

    @Test
    void noSampleOrOneAsLargeAsTheDataKeepsEverything() {
        assertThat(DriftJob.sampled(UNITS, 0, 7)).isEqualTo(UNITS);
        assertThat(DriftJob.sampled(UNITS, 500, 7)).isEqualTo(UNITS);
        assertThatThrownBy(() -> DriftJob.sampled(UNITS, -1, 7)).hasMessageContaining("--sample");
    }
}
