package io.sentio.training.train;

import io.sentio.core.decision.DecisionRule.LabelThresholds;
import io.sentio.core.features.FeatureConfig;
import io.sentio.core.features.FeatureExtractor;
import io.sentio.core.features.Vocabulary;
import io.sentio.core.model.Classifier;
import io.sentio.training.parallel.OnPool;
import io.sentio.training.prepare.Review;
import io.sentio.training.progress.Progress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.ImmutableDataset;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.MutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.multilabel.MultiLabelFactory;
import org.tribuo.multilabel.sgd.linear.LinearSGDTrainer;
import org.tribuo.multilabel.sgd.objectives.BinaryCrossEntropy;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Learns a multi-label model: Tribuo's multi-label linear SGD with binary cross-entropy, i.e. one
 * independent logistic regression per label over the same features from {@code core}, so each
 * label's probability is its own sigmoid. Its decision thresholds are tuned on a seeded validation
 * slice of the training texts (a model trained on the rest scores it); the final model is then
 * trained on all of them.
 */
public final class MultiLabelFitter {
    /** Share of the training texts held out to tune thresholds. */
    static final double VALIDATION_FRACTION = 0.2;

    private final ForkJoinPool pool;
    private final Progress progress;
    private final ModelFitter features;

    public MultiLabelFitter(ForkJoinPool pool, Progress progress) {
        this.pool = pool;
        this.progress = progress;
        this.features = new ModelFitter(pool, progress);
    }

    /** A trained model, its vocabulary and the thresholds tuned for it. */
    public record Fitted(Model<MultiLabel> model, Vocabulary vocabulary, LabelThresholds thresholds,
            double trainSeconds) {
    }

    public Fitted fit(List<Review> train, FeatureConfig config, Hyperparameters h, ThresholdMode mode, int minLabels) {
        long start = System.nanoTime();
        List<Review> shuffled = new ArrayList<>(train);
        Collections.shuffle(shuffled, new Random(h.seed()));
        int nValidation = (int) Math.round(shuffled.size() * VALIDATION_FRACTION);
        List<Review> validation = shuffled.subList(0, nValidation);
        List<Review> fit = shuffled.subList(nValidation, shuffled.size());
        if (validation.isEmpty() || fit.isEmpty()) {
            throw new IllegalArgumentException("too few training texts (" + train.size()
                    + ") to hold out a validation slice for the decision thresholds");
        }
        progress.info("tuning decision thresholds on " + validation.size() + " validation texts");
        Trained probe = train(fit, config, h);
        String[] labels = labelNames(probe.model().getOutputIDInfo());
        List<double[]> probabilities = OnPool.call(pool, "scoring validation", () -> validation.parallelStream()
                .map(r -> probabilities(probe, labels, r.text())).toList());
        List<Set<String>> truth = validation.stream().map(r -> (Set<String>) new LinkedHashSet<>(r.labels())).toList();
        LabelThresholds thresholds = ThresholdTuner.tune(labels, probabilities, truth, mode, minLabels);

        Trained model = train(train, config, h);
        return new Fitted(model.model(), model.vocabulary(), thresholds, (System.nanoTime() - start) / 1e9);
    }

    private record Trained(Model<MultiLabel> model, Vocabulary vocabulary, FeatureExtractor extractor) {
    }

    private Trained train(List<Review> reviews, FeatureConfig config, Hyperparameters h) {
        Vocabulary vocabulary = features.fitVocabulary(reviews, config);
        progress.detail("vocabulary: " + vocabulary.size() + " terms");
        FeatureExtractor extractor = new FeatureExtractor(config, vocabulary);
        Dataset<MultiLabel> dataset = dataset(reviews, extractor);
        long stepsPerEpoch = Math.max(1, (dataset.size() + h.minibatchSize() - 1) / h.minibatchSize());
        LinearSGDTrainer trainer = new LinearSGDTrainer(new BinaryCrossEntropy(),
                Trainers.optimiser(h, dataset.getFeatureMap().size()), h.epochs(), (int) stepsPerEpoch,
                h.minibatchSize(), h.seed());
        try (Progress.Task task = progress.start("training multi-label", h.epochs());
                EpochListener listener = new EpochListener(stepsPerEpoch, task::advanceTo, progress)) {
            return new Trained(trainer.train(dataset), vocabulary, extractor);
        }
    }

    /** The Tribuo dataset: each example's output is its label set; the feature map is the vocabulary's. */
    Dataset<MultiLabel> dataset(List<Review> reviews, FeatureExtractor extractor) {
        List<Example<MultiLabel>> examples = OnPool.call(pool, "extracting features", () -> reviews.parallelStream()
                .map(r -> (Example<MultiLabel>) Classifier.example(extractor, r.text(), labelSet(r.labels())))
                .toList());
        MultiLabelFactory factory = new MultiLabelFactory();
        MutableOutputInfo<MultiLabel> info = factory.generateInfo();
        examples.forEach(e -> info.observe(e.getOutput()));
        return new ImmutableDataset<>(examples, new SimpleDataSourceProvenance("sentio training texts", factory),
                factory, ModelFitter.featureMap(extractor), info.generateImmutableOutputInfo(), false);
    }

    static MultiLabel labelSet(List<String> labels) {
        Set<Label> set = new LinkedHashSet<>();
        labels.forEach(l -> set.add(new Label(l)));
        return new MultiLabel(set);
    }

    private static String[] labelNames(ImmutableOutputInfo<MultiLabel> outputs) {
        String[] names = new String[outputs.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = outputs.getOutput(i).getLabelString();
        }
        return names;
    }

    private static double[] probabilities(Trained trained, String[] labels, String text) {
        Map<String, MultiLabel> scores = trained.model()
                .predict(Classifier.example(trained.extractor(), text, MultiLabelFactory.UNKNOWN_MULTILABEL))
                .getOutputScores();
        double[] p = new double[labels.length];
        for (int l = 0; l < labels.length; l++) {
            MultiLabel score = scores.get(labels[l]);
            p[l] = score == null ? 0 : score.getLabelSet().iterator().next().getScore();
        }
        return p;
    }
}
