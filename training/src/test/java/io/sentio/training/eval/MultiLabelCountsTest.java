package io.sentio.training.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultiLabelCountsTest {

    /**
     * By hand: A B | A (B missed); C | B C (B extra); A | A (exact). Per label: A tp 2, B fp 1 fn 1,
     * C tp 1. Micro-F1 2·3/(2·3+1+1) = 0.75; macro-F1 (1+0+1)/3; samples-F1 (2/3+2/3+1)/3;
     * Hamming 2 wrong of 3×3; 1 of 3 sets exact; 4/3 labels per text on both sides.
     */
    @Test
    void metricsMatchTheirHandComputedValues() {
        MultiLabelCounts counts = new MultiLabelCounts(List.of("A", "B", "C"));
        counts.add(List.of("A", "B"), List.of("A"));
        counts.add(List.of("C"), List.of("B", "C"));
        counts.add(List.of("A"), List.of("A"));

        MultiLabelEvaluation e = counts.evaluation(Map.of("A", 0.3, "B", 0.5, "C", 0.4), 10, 1.5, Map.of());

        assertThat(e.microF1()).isCloseTo(0.75, within(1e-12));
        assertThat(e.macroF1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(e.samplesF1()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1) / 3, within(1e-12));
        assertThat(e.hammingLoss()).isCloseTo(2.0 / 9, within(1e-12));
        assertThat(e.subsetAccuracy()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(e.labelCardinality()).containsEntry("true", 4.0 / 3).containsEntry("predicted", 4.0 / 3);
        assertThat(e.perLabel().get("A")).isEqualTo(new LabelMetrics(1, 1, 1, 2, 0.3));
        assertThat(e.perLabel().get("B")).isEqualTo(new LabelMetrics(0, 0, 0, 1, 0.5));
        assertThat(e.perLabel().get("C")).isEqualTo(new LabelMetrics(1, 1, 1, 1, 0.4));
        assertThat(e.nTest()).isEqualTo(3);
        assertThat(e.nTrain()).isEqualTo(10);
    }

    @Test
    void aLabelNeverTrueNorPredictedCountsAsZeroInMacroF1() {
        MultiLabelCounts counts = new MultiLabelCounts(List.of("A", "Z"));
        counts.add(List.of("A"), List.of("A"));

        MultiLabelEvaluation e = counts.evaluation(Map.of(), 0, 0, Map.of());

        assertThat(e.microF1()).isEqualTo(1.0);
        assertThat(e.macroF1()).isEqualTo(0.5);
        assertThat(e.perLabel().get("Z").support()).isZero();
    }

    @Test
    void summaryNamesTheMultiLabelFigures() {
        MultiLabelCounts counts = new MultiLabelCounts(List.of("A", "B"));
        counts.add(List.of("A"), List.of("A", "B"));

        assertThat(counts.evaluation(Map.of(), 5, 2, Map.of()).summary()).containsKeys("task", "micro_f1", "macro_f1",
                "samples_f1", "hamming_loss", "subset_accuracy", "f1_per_label", "per_label", "label_cardinality", "n_train",
                "n_test", "train_seconds").containsEntry("task", "multi_label");
    }

    @Test
    void theReportShowsABarPerLabelAndItsThreshold() {
        MultiLabelCounts counts = new MultiLabelCounts(List.of("Action", "Drama <x>"));
        counts.add(List.of("Action"), List.of("Action"));

        String html = MultiLabelHtmlReport.render("genres", counts.evaluation(Map.of("Action", 0.35), 1, 1, Map.of()));

        assertThat(html).contains("micro-F1 <b>1.000</b>", "<th>Action</th>", "Drama &lt;x&gt;", "<td>0.350</td>",
                "class=\"bar\" style=\"width:100.0%\"");
    }
}
