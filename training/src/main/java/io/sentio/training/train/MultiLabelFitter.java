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
 * label's probability is its own sigmoid. Its decision thresholds are tuned on out-of-fold
 * probabilities of the training texts (seeded folds, each scored by a model trained on the others),
 * so rare labels have enough held-out texts to place their cut; the final model is then trained on
 * all of them.
 */
public final class MultiLabelFitter {
    /**
     * Folds of the training texts: each is scored by a model trained on the others, so every
     * training text gets an out-of-fold probability to tune the thresholds on.
     */
    static final int FOLDS = 5;

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
        if (train.size() < FOLDS * 2) {
            throw new IllegalArgumentException("too few training texts (" + train.size()
                    + ") to tune the decision thresholds on held-out folds; need at least " + FOLDS * 2);
        }
        List<Review> shuffled = new ArrayList<>(train);
        Collections.shuffle(shuffled, new Random(h.seed()));
        progress.info("tuning decision thresholds on " + FOLDS + " held-out folds of " + shuffled.size() + " texts");
        List<double[]> probabilities = new ArrayList<>();
        List<Set<String>> truth = new ArrayList<>();
        String[] labels = null;
        for (int fold = 0; fold < FOLDS; fold++) {
            int from = fold * shuffled.size() / FOLDS;
            int to = (fold + 1) * shuffled.size() / FOLDS;
            List<Review> heldOut = shuffled.subList(from, to);
            List<Review> rest = new ArrayList<>(shuffled.subList(0, from));
            rest.addAll(shuffled.subList(to, shuffled.size()));
            Trained probe = train(rest, config, h, "fold " + (fold + 1) + "/" + FOLDS);
            String[] names = labels == null ? labelNames(probe.model().getOutputIDInfo()) : labels;
            labels = names;
            probabilities.addAll(OnPool.call(pool, "scoring held-out fold", () -> heldOut.parallelStream()
                    .map(r -> probabilities(probe, names, r.text())).toList()));
            heldOut.forEach(r -> truth.add(new LinkedHashSet<>(r.labels())));
        }
        LabelThresholds thresholds = ThresholdTuner.tune(labels, probabilities, truth, mode, minLabels);

        Trained model = train(train, config, h, "final model");
        return new Fitted(model.model(), model.vocabulary(), thresholds, (System.nanoTime() - start) / 1e9);
    }

    private record Trained(Model<MultiLabel> model, Vocabulary vocabulary, FeatureExtractor extractor) {
    }

    private Trained train(List<Review> reviews, FeatureConfig config, Hyperparameters h, String what) {
        Vocabulary vocabulary = features.fitVocabulary(reviews, config);
        progress.detail("vocabulary: " + vocabulary.size() + " terms");
        FeatureExtractor extractor = new FeatureExtractor(config, vocabulary);
        Dataset<MultiLabel> dataset = dataset(reviews, extractor);
        long stepsPerEpoch = Math.max(1, (dataset.size() + h.minibatchSize() - 1) / h.minibatchSize());
        LinearSGDTrainer trainer = new LinearSGDTrainer(new BinaryCrossEntropy(),
                Trainers.optimiser(h, dataset.size()), h.epochs(), (int) stepsPerEpoch,
                h.minibatchSize(), h.seed());
        try (Progress.Task task = progress.start("training multi-label, " + what, h.epochs());
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
