package io.sentio.training.train;

import io.sentio.core.features.FeatureConfig;
import io.sentio.core.features.FeatureExtractor;
import io.sentio.core.features.TermStatistics;
import io.sentio.core.features.Vocabulary;
import io.sentio.core.model.Classifier;
import io.sentio.training.parallel.OnPool;
import io.sentio.training.prepare.Review;
import io.sentio.training.progress.Progress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.tribuo.Example;
import org.tribuo.Model;
import java.util.ArrayList;
import org.tribuo.CategoricalInfo;
import org.tribuo.Dataset;
import org.tribuo.ImmutableDataset;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableOutputInfo;
import org.tribuo.VariableInfo;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Learns the vocabulary and the model from training reviews. Feature work runs on the given
 * pool (all cores by default); Tribuo's SGD itself is single-threaded.
 */
public final class ModelFitter {
    private final ForkJoinPool pool;
    private final Progress progress;

    public ModelFitter(ForkJoinPool pool, Progress progress) {
        this.pool = pool;
        this.progress = progress;
    }

    /** @param config resolved for the corpus ({@link FeatureConfig#forCorpus}) unless {@code train} is the corpus */
    public FittedModel fit(List<Review> train, FeatureConfig requested, ModelKind kind, Hyperparameters h) {
        long start = System.nanoTime();
        FeatureConfig config = resolved(train, requested);
        Vocabulary vocabulary = fitVocabulary(train, config);
        progress.detail(String.format(java.util.Locale.ROOT, "vocabulary: %d terms (%.1f s)", vocabulary.size(),
                (System.nanoTime() - start) / 1e9));
        long featuresStart = System.nanoTime();
        Dataset<Label> dataset = dataset(train, new FeatureExtractor(config, vocabulary), h.balanceClasses());
        progress.detail(String.format(java.util.Locale.ROOT, "features of %d texts (%.1f s)", train.size(),
                (System.nanoTime() - featuresStart) / 1e9));
        Model<Label> model = train(dataset, kind, h, true);
        return new FittedModel(model, vocabulary, (System.nanoTime() - start) / 1e9);
    }

    /** @param config with every setting resolved ({@link FeatureConfig#forCorpus}) */
    public Vocabulary fitVocabulary(List<Review> train, FeatureConfig config) {
        List<String> texts = train.stream().map(Review::text).toList();
        List<String> labels = train.stream().map(Review::label).toList();
        FeatureConfig resolved = resolved(train, config);
        TermStatistics statistics = OnPool.call(pool, "counting terms", () -> TermStatistics.count(resolved, texts, labels));
        return Vocabulary.fit(resolved, statistics);
    }

    /**
     * The Tribuo dataset, with a feature map made from the vocabulary. Tribuo's own map would record
     * up to 50 observed values per feature, and the model file carries the map: 180 bytes a feature.
     */
    public Dataset<Label> dataset(List<Review> reviews, FeatureExtractor features, boolean balanceClasses) {
        Map<String, Double> classWeights = balanceClasses ? balancedWeights(reviews) : Map.of();
        List<Example<Label>> examples = OnPool.call(pool, "extracting features", () -> reviews.parallelStream()
                .map(r -> {
                    Example<Label> e = Classifier.example(features, r.text(), new Label(r.label()));
                    e.setWeight(classWeights.getOrDefault(r.label(), 1.0).floatValue());
                    return e;
                })
                .toList());
        LabelFactory labels = new LabelFactory();
        MutableOutputInfo<Label> labelInfo = labels.generateInfo();
        reviews.forEach(r -> labelInfo.observe(new Label(r.label())));
        return new ImmutableDataset<>(examples, new SimpleDataSourceProvenance("sentio training reviews", labels),
                labels, featureMap(features), labelInfo.generateImmutableOutputInfo(), false);
    }

    static ImmutableFeatureMap featureMap(FeatureExtractor features) {
        List<VariableInfo> infos = new ArrayList<>(features.vocabulary().size() + 1);
        features.vocabulary().terms().forEach(term -> infos.add(new CategoricalInfo(term)));
        infos.add(new CategoricalInfo(Classifier.BIAS_FEATURE));
        return new ImmutableFeatureMap(infos);
    }

    /** @param report drive the epoch progress bar (off when several models train at once) */
    public Model<Label> train(Dataset<Label> dataset, ModelKind kind, Hyperparameters h, boolean report) {
        long stepsPerEpoch = Math.max(1, (dataset.size() + h.minibatchSize() - 1) / h.minibatchSize());
        if (!report) {
            return Trainers.create(kind, h, dataset.size(), -1).train(dataset);
        }
        Trainer<Label> trainer = Trainers.create(kind, h, dataset.size(), (int) stepsPerEpoch);
        try (Progress.Task task = progress.start("training " + kind.id(), h.epochs());
                EpochListener listener = new EpochListener(stepsPerEpoch, task::advanceTo, progress)) {
            return trainer.train(dataset);
        }
    }

    /** The automatic settings of {@code config} chosen for these training texts. */
    public static FeatureConfig resolved(List<Review> train, FeatureConfig config) {
        return config.adaptive()
                ? config.forCorpus(train.size(), (int) train.stream().map(Review::label).distinct().count(),
                        meanWords(train))
                : config;
    }

    /** Mean number of space-separated words per text: what an automatic n-gram length is chosen from. */
    public static double meanWords(List<Review> texts) {
        return texts.stream().mapToInt(r -> r.text().isBlank() ? 0 : r.text().strip().split("\\s+").length)
                .average().orElse(0);
    }

    /** n / (classes × count): every class weighs the same in total. */
    static Map<String, Double> balancedWeights(List<Review> reviews) {
        Map<String, Integer> counts = new HashMap<>();
        reviews.forEach(r -> counts.merge(r.label(), 1, Integer::sum));
        Map<String, Double> weights = new HashMap<>();
        counts.forEach((label, n) -> weights.put(label, reviews.size() / (double) (counts.size() * n)));
        return weights;
    }
}
