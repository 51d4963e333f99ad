package io.sentio.training.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    @Test
    void isSelfContainedWithHeatMapAndBars() {
        ConfusionCounts counts = new ConfusionCounts(List.of("<neg>", "pos"));
        counts.add("pos", "pos");
        counts.add("<neg>", "pos");

        String html = HtmlReport.render("reviews & co", counts.evaluation(10, 1, Map.of("empty_text", 3L)));

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("Confusion matrix", "Per class", "class=\"bar\"", "rgba(")
                .contains("reviews &amp; co", "&lt;neg&gt;")
                .contains("empty_text")
                .doesNotContain("<script", "http://", "https://")
                .doesNotContain("Calibration");
    }

    @Test
    void drawsTheReliabilityDiagramInlineWhenThereAreProbabilities() {
        ConfusionCounts counts = new ConfusionCounts(List.of("neg", "pos"));
        counts.add("pos", "pos");
        CalibrationCounts calibration = new CalibrationCounts();
        calibration.add(0.9, true);
        calibration.add(0.55, false);

        String html = HtmlReport.render("reviews", counts.evaluation(10, 1, Map.of())
                .withCalibration(calibration.calibration()));

        assertThat(html).contains("Calibration", "expected calibration error", "<svg", "class=\"accuracy\"",
                        "class=\"confidence\"", "stroke-dasharray")
                .doesNotContain("<script", "http://", "https://");
    }
}
