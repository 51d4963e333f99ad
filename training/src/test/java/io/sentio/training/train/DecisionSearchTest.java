package io.sentio.training.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionSearchTest {
    private static final String[] LABELS = {"common", "rare"};

    @Test
    void favoursARareLabelWhenThatRaisesMacroF1() {
        // The rare label is never the most probable, yet it is the truth whenever its probability is 0.4.
        double[][] probabilities = {{0.6, 0.4}, {0.6, 0.4}, {0.9, 0.1}, {0.9, 0.1}, {0.95, 0.05}, {0.8, 0.2}};
        int[] truths = {1, 1, 0, 0, 0, 0};

        DecisionSearch.Result result = DecisionSearch.search(LABELS, probabilities, truths, DecisionMetric.MACRO_F1);

        assertThat(result.highestProbabilityScore()).isLessThan(0.5);
        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.weights().get("rare") / result.weights().get("common")).isGreaterThan(1.5);
    }

    @Test
    void keepsEqualWeightsWhenHighestProbabilityIsAlreadyBest() {
        double[][] probabilities = {{0.7, 0.3}, {0.2, 0.8}, {0.9, 0.1}, {0.4, 0.6}};
        int[] truths = {0, 1, 0, 1};

        DecisionSearch.Result result = DecisionSearch.search(LABELS, probabilities, truths, DecisionMetric.MACRO_F1);

        assertThat(result.score()).isEqualTo(result.highestProbabilityScore()).isEqualTo(1.0);
        assertThat(result.weights()).containsEntry("common", 1.0).containsEntry("rare", 1.0);
    }

    @Test
    void shrinksTheWeightsTowardsOneWhileWithinOneStandardErrorOfTheBest() {
        java.util.Random random = new java.util.Random(3);
        int n = 2000;
        double[][] probabilities = new double[n][];
        int[] truths = new int[n];
        for (int i = 0; i < n; i++) {
            truths[i] = random.nextDouble() < 0.2 ? 1 : 0;
            double rare = Math.min(0.95, Math.max(0.01, (truths[i] == 1 ? 0.4 : 0.15) + 0.2 * random.nextGaussian()));
            probabilities[i] = new double[] {1 - rare, rare};
        }

        DecisionSearch.Result result = DecisionSearch.search(LABELS, probabilities, truths, DecisionMetric.MACRO_F1);

        assertThat(result.standardError()).isPositive();
        assertThat(result.score()).isBetween(result.bestScore() - result.standardError(), result.bestScore());
        assertThat(result.score()).isGreaterThan(result.highestProbabilityScore());
        assertThat(result.weights().get("rare")).isGreaterThan(result.weights().get("common"));
    }

    @Test
    void sameInputGivesTheSameWeights() {
        double[][] probabilities = {{0.5, 0.3}, {0.45, 0.55}, {0.6, 0.4}, {0.35, 0.65}, {0.52, 0.48}};
        int[] truths = {1, 0, 1, 1, 0};

        assertThat(DecisionSearch.search(LABELS, probabilities, truths, DecisionMetric.ACCURACY))
                .isEqualTo(DecisionSearch.search(LABELS, probabilities, truths, DecisionMetric.ACCURACY));
    }

    @Test
    void macroF1AveragesOnlyLabelsPresentOrPredicted() {
        long[][] confusion = {{3, 1, 0}, {0, 2, 0}, {0, 0, 0}};

        double expected = (2 * 3.0 / (4 + 3) + 2 * 2.0 / (2 + 3)) / 2;
        assertThat(DecisionMetric.MACRO_F1.score(confusion)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(DecisionMetric.ACCURACY.score(confusion)).isCloseTo(5 / 6.0, org.assertj.core.data.Offset.offset(1e-12));
    }
}
