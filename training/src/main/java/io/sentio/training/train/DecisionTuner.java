package io.sentio.training.train;

import io.sentio.core.decision.Decision;
import io.sentio.core.decision.DecisionRule;
import io.sentio.core.features.FeatureConfig;
import io.sentio.core.features.FeatureExtractor;
import io.sentio.core.model.Classifier;
import io.sentio.core.text.SentenceSplitter;
import io.sentio.training.parallel.OnPool;
import io.sentio.training.prepare.Granularity;
import io.sentio.training.prepare.Review;
import io.sentio.training.prepare.Splitter;
import io.sentio.training.prepare.TrainTest;
import io.sentio.training.progress.Progress;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Chooses the single-label decision rule on held-out data, so the model can be trained for good
 * probabilities while its answers still favour rare labels where the metric rewards it: a model is
 * fitted on the training reviews minus a stratified validation slice (never the test set), and the
 * per-label weights of {@link DecisionRule.WeightedProbability} are searched on that slice's
 * probabilities. The caller fits the final model on all training reviews and stores the rule with it.
 */
public final class DecisionTuner {
    private final ForkJoinPool pool;
    private final ModelFitter fitter;
    private final Progress progress;

    public DecisionTuner(ForkJoinPool pool, ModelFitter fitter, Progress progress) {
        this.pool = pool;
        this.fitter = fitter;
        this.progress = progress;
    }

    /** The rule, and the validation figures that chose it. */
    public record Tuned(Decision decision, DecisionMetric metric, double score, double highestProbabilityScore,
            double bestScore, double standardError, int validationTexts) {
        public String describe() {
            String rule = decision.rule() instanceof DecisionRule.WeightedProbability w
                    ? "weights " + new java.util.TreeMap<>(w.weights()).entrySet().stream()
                            .map(e -> e.getKey() + "=" + String.format(Locale.ROOT, "%.3f", e.getValue()))
                            .reduce((a, b) -> a + " " + b).orElse("")
                    : "highest probability";
            return String.format(Locale.ROOT, "decision rule: %s (validation %s %.4f; highest probability %.4f, "
                    + "unshrunk best %.4f ± %.4f; %d texts)", rule, metric.id(), score, highestProbabilityScore,
                    bestScore, standardError, validationTexts);
        }
    }

    /** Whether {@code tuning} asks for a tuned rule on these training reviews. */
    public static boolean wanted(DecisionTuning tuning, List<Review> trainReviews) {
        Map<String, Long> counts = new HashMap<>();
        trainReviews.forEach(r -> counts.merge(r.label(), 1L, Long::sum));
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long min = counts.values().stream().mapToLong(Long::longValue).min().orElse(0);
        return tuning.tunes(min == 0 ? Double.POSITIVE_INFINITY : max / (double) min);
    }

    public Tuned tune(List<Review> trainReviews, Granularity granularity, FeatureConfig config, ModelKind kind,
            Hyperparameters h, DecisionTuning tuning) {
        TrainTest slices = Splitter.stratified(trainReviews, tuning.validationFraction(), h.seed());
        SentenceSplitter splitter = new SentenceSplitter();
        List<Review> fit = granularity.expand(slices.train(), splitter);
        List<Review> validation = granularity.expand(slices.test(), splitter);
        progress.info("choosing the decision rule on a validation slice of " + slices.test().size()
                + " training reviews");
        FittedModel model = fitter.fit(fit, config, kind, h);
        FeatureExtractor features = new FeatureExtractor(config, model.vocabulary());
        String[] labels = model.model().getOutputIDInfo().getDomain().stream().map(Label::getLabel).sorted()
                .toArray(String[]::new);
        Map<String, Integer> index = new HashMap<>();
        for (int l = 0; l < labels.length; l++) {
            index.put(labels[l], l);
        }
        double[][] probabilities = OnPool.call(pool, "scoring the validation slice", () -> validation
                .parallelStream().map(r -> probabilities(model.model(), features, r.text(), labels))
                .toArray(double[][]::new));
        int[] truths = validation.stream().mapToInt(r -> index.getOrDefault(r.label(), -1)).toArray();
        if (Arrays.stream(truths).anyMatch(t -> t < 0)) {
            throw new IllegalStateException("a validation label is missing from the model's labels");
        }
        DecisionSearch.Result found = DecisionSearch.search(labels, probabilities, truths, tuning.metric());
        Decision decision = Decision.singleLabel(new DecisionRule.WeightedProbability(found.weights()));
        return new Tuned(decision, tuning.metric(), found.score(), found.highestProbabilityScore(),
                found.bestScore(), found.standardError(), validation.size());
    }

    /** The probabilities the bundle would give (a softmax of margins for hinge loss, as Classifier does). */
    private static double[] probabilities(Model<Label> model, FeatureExtractor features, String text,
            String[] labels) {
        Map<String, Label> scores = model.predict(Classifier.example(features, text)).getOutputScores();
        double[] values = new double[labels.length];
        for (int l = 0; l < labels.length; l++) {
            values[l] = scores.get(labels[l]).getScore();
        }
        if (!model.generatesProbabilities()) {
            double max = Arrays.stream(values).max().orElse(0);
            double sum = 0;
            for (int l = 0; l < values.length; l++) {
                values[l] = Math.exp(values[l] - max);
                sum += values[l];
            }
            for (int l = 0; l < values.length; l++) {
                values[l] /= sum;
            }
        }
        return values;
    }
}
