package io.sentio.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MetricNamesTest {

    @Test
    void noTwoMetricsInTheNamespaceShareAName() {
        var names = Stream.concat(Arrays.stream(ServingMetric.values()).map(ServingMetric::metricName),
                Arrays.stream(TrainingMetric.values()).map(TrainingMetric::metricName)).toList();

        assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.matches("[A-Z][A-Za-z0-9]{1,254}"));
    }

    @Test
    void servingAndTrainingAreTellApartByTheServiceDimension() {
        assertThat(ServingMetric.DEFAULT_SERVICE).isNotEqualTo(TrainingMetric.SERVICE);
    }

    @Test
    void theRetrainRecordListsEachFieldOnceInSnakeCase() {
        assertThat(RetrainRecordFormat.FIELDS).doesNotHaveDuplicates().allMatch(f -> f.matches("[a-z]+(_[a-z]+)*"))
                .contains(RetrainRecordFormat.STATUS, RetrainRecordFormat.CANDIDATE_VERSION,
                        RetrainRecordFormat.MODEL_URI);
    }
}
