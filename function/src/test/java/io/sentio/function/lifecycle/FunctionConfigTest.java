package io.sentio.function.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.function.api.Limits;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionConfigTest {

    @Test
    void defaultsNeedOnlyModelUri() {
        FunctionConfig config = FunctionConfig.fromEnvironment(Map.of("MODEL_URI", " s3://b/models/r@live "));

        assertThat(config.modelUri()).isEqualTo("s3://b/models/r@live");
        assertThat(config.topN()).isZero();
        assertThat(config.lowConfidenceThreshold()).isEqualTo(0.6);
        assertThat(config.reviewSampleRate()).isZero();
        assertThat(config.reviewLowConfidenceSampleRate()).isZero();
        assertThat(config.limits()).isEqualTo(new Limits(5_000, 64, 1_048_576));
        assertThat(config.service()).isEqualTo("sentio");
        assertThat(config.namespace()).isEqualTo("Sentio");
        assertThat(config.primingRounds()).isEqualTo(20);
        assertThat(config.tryItPage()).as("the page is opt-in").isFalse();
    }

    @Test
    void everySettingComesFromItsVariable() {
        FunctionConfig config = FunctionConfig.fromEnvironment(Map.ofEntries(
                Map.entry("MODEL_URI", "models/r"),
                Map.entry("RETURN_TOP_N", "2"),
                Map.entry("LOW_CONFIDENCE_THRESHOLD", "0.75"),
                Map.entry("REVIEW_SAMPLE_RATE", "0.01"),
                Map.entry("MAX_TEXT_CHARS", "100"),
                Map.entry("MAX_BATCH_SIZE", "8"),
                Map.entry("MAX_BODY_BYTES", "2048"),
                Map.entry("POWERTOOLS_SERVICE_NAME", "reviews"),
                Map.entry("POWERTOOLS_METRICS_NAMESPACE", "Other"),
                Map.entry("PRIMING_ROUNDS", "0"),
                Map.entry("TRY_IT_PAGE", "TRUE")));

        assertThat(config.topN()).isEqualTo(2);
        assertThat(config.lowConfidenceThreshold()).isEqualTo(0.75);
        assertThat(config.reviewSampleRate()).isEqualTo(0.01);
        assertThat(config.reviewLowConfidenceSampleRate()).as("defaults to REVIEW_SAMPLE_RATE").isEqualTo(0.01);
        assertThat(config.limits()).isEqualTo(new Limits(100, 8, 2048));
        assertThat(config.service()).isEqualTo("reviews");
        assertThat(config.namespace()).isEqualTo("Other");
        assertThat(config.primingRounds()).isZero();
        assertThat(config.tryItPage()).isTrue();
    }

    @Test
    void missingModelUriSaysWhatToSet() {
        assertThatThrownBy(() -> FunctionConfig.fromEnvironment(Map.of()))
                .hasMessageContaining("MODEL_URI is not set");
    }

    @Test
    void badValuesNameTheirVariableInsteadOfFallingBackSilently() {
        assertThatThrownBy(() -> FunctionConfig.fromEnvironment(Map.of("MODEL_URI", "m", "RETURN_TOP_N", "all")))
                .hasMessage("RETURN_TOP_N must be an integer >= 0, got 'all'");
        assertThatThrownBy(() -> FunctionConfig.fromEnvironment(Map.of("MODEL_URI", "m", "MAX_BATCH_SIZE", "0")))
                .hasMessage("MAX_BATCH_SIZE must be an integer >= 1, got '0'");
        assertThatThrownBy(() -> FunctionConfig.fromEnvironment(Map.of("MODEL_URI", "m", "REVIEW_SAMPLE_RATE", "5%")))
                .hasMessage("REVIEW_SAMPLE_RATE must be a number between 0 and 1, got '5%'");
        assertThatThrownBy(() -> FunctionConfig.fromEnvironment(
                Map.of("MODEL_URI", "m", "LOW_CONFIDENCE_THRESHOLD", "1.5")))
                .hasMessageContaining("LOW_CONFIDENCE_THRESHOLD");
        assertThatThrownBy(() -> FunctionConfig.fromEnvironment(Map.of("MODEL_URI", "m", "TRY_IT_PAGE", "yes")))
                .hasMessage("TRY_IT_PAGE must be true or false, got 'yes'");
    }
}
