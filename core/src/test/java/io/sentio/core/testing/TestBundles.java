package io.sentio.core.testing;

import io.sentio.core.features.FeatureConfig;
import io.sentio.core.features.FeatureExtractor;
import io.sentio.core.features.Vocabulary;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.DataSummary;
import io.sentio.core.model.Manifest;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.model.TrainerSpec;
import io.sentio.core.text.TextCleaner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Small real models for tests of code that needs one (store, serving): trained in well under a
 * second on a handful of hand-written reviews, with the same feature pipeline as production.
 */
public final class TestBundles {
    private static final List<String[]> REVIEWS = List.of(
            new String[] {"positive", "I love this dress, it fits perfectly and looks great."},
            new String[] {"positive", "Beautiful colour, great quality, highly recommend!"},
            new String[] {"positive", "Perfect fit and so comfortable. Love it!"},
            new String[] {"positive", "Great top, lovely fabric, I bought two."},
            new String[] {"positive", "Excellent quality and a beautiful design."},
            new String[] {"positive", "So soft and flattering, love love love it."},
            new String[] {"negative", "Terrible quality, the seams ripped after one wash."},
            new String[] {"negative", "Awful fit, way too small and the fabric is cheap."},
            new String[] {"negative", "I returned it, poor quality and ugly colour."},
            new String[] {"negative", "Very disappointed, it looks nothing like the picture."},
            new String[] {"negative", "Cheap, scratchy fabric. Returned immediately."},
            new String[] {"negative", "Horrible, the worst purchase I have made."},
            new String[] {"neutral", "It is okay, nothing special, fits as expected."},
            new String[] {"neutral", "Average dress, decent but the colour is a bit off."},
            new String[] {"neutral", "Fine for the price, not great, not bad."},
            new String[] {"neutral", "It's okay. I might keep it, not sure yet."},
            new String[] {"neutral", "Decent top, average fabric, runs a bit large."},
            new String[] {"neutral", "Mixed feelings, okay fit but so-so material."});

    private static final List<String[]> MOVIES = List.of(
            new String[] {"Action|Adventure", "A soldier fights his way across the desert to rescue a hostage."},
            new String[] {"Action|Adventure", "Explosions, car chases and a treasure hunt across the jungle."},
            new String[] {"Action", "A cop battles a gang of armed robbers in a burning tower."},
            new String[] {"Adventure|Fantasy", "A young wizard sets off on a quest to find a magic sword."},
            new String[] {"Fantasy", "A dragon and an elf queen rule an enchanted kingdom of magic."},
            new String[] {"Adventure|Fantasy", "Hobbits journey across enchanted lands on a perilous quest."},
            new String[] {"Comedy", "Two clumsy roommates throw a hilarious party that goes wrong."},
            new String[] {"Comedy|Romance", "A funny wedding planner falls in love with the groom's brother."},
            new String[] {"Romance", "Two strangers fall in love on a summer trip to Paris."},
            new String[] {"Romance|Drama", "A widow finds love again while caring for her dying father."},
            new String[] {"Drama", "A family struggles with grief after the loss of a son."},
            new String[] {"Drama", "A teacher fights for her students in a poor neighbourhood school."});

    private TestBundles() {
    }

    /** A multi-label movie-genre bundle (label sets, thresholds per label, at least one label a text). */
    public static ModelBundle genres() {
        TextCleaner cleaner = new TextCleaner();
        FeatureConfig config = FeatureConfig.defaults().withMinCount(1);
        List<String> texts = MOVIES.stream().map(r -> cleaner.clean(r[1])).toList();
        Vocabulary vocabulary = Vocabulary.fit(config, Vocabulary.documentFrequencies(config, texts), texts.size());
        FeatureExtractor features = new FeatureExtractor(config, vocabulary);
        org.tribuo.multilabel.MultiLabelFactory factory = new org.tribuo.multilabel.MultiLabelFactory();
        MutableDataset<org.tribuo.multilabel.MultiLabel> dataset =
                new MutableDataset<>(new SimpleDataSourceProvenance("test movies", factory), factory);
        for (int i = 0; i < MOVIES.size(); i++) {
            java.util.Set<Label> set = new java.util.LinkedHashSet<>();
            for (String genre : MOVIES.get(i)[0].split("\\|")) {
                set.add(new Label(genre));
            }
            dataset.add(Classifier.example(features, texts.get(i), new org.tribuo.multilabel.MultiLabel(set)));
        }
        var model = new org.tribuo.multilabel.sgd.linear.LinearSGDTrainer(
                new org.tribuo.multilabel.sgd.objectives.BinaryCrossEntropy(), new AdaGrad(0.5, 0.1), 30, -1, 1, 42L)
                .train(dataset);
        Manifest draft = new Manifest("test-genres", Manifest.UNPUBLISHED, Instant.parse("2026-11-23T00:00:00Z"),
                List.of(), "review", config, new TrainerSpec("multilabel-logistic", Map.of("epochs", 30)),
                new DataSummary("test-bundles", "inline", "0".repeat(64),
                        Map.of("train", (long) MOVIES.size(), "test", 0L)),
                Map.of("micro_f1", 1.0), "", Map.of(), "", java.util.Optional.empty(),
                new io.sentio.core.decision.Decision(io.sentio.core.decision.Task.MULTI_LABEL,
                        new io.sentio.core.decision.DecisionRule.LabelThresholds(Map.of("Drama", 0.4), 0.5, 1)));
        return ModelBundle.pack(draft, model, vocabulary);
    }

    /** A three-class review-sentiment bundle (positive / neutral / negative). */
    public static ModelBundle sentiment() {
        return sentiment("test-reviews");
    }

    public static ModelBundle sentiment(String name) {
        return sentiment(name, FeatureConfig.defaults().withMinCount(1),
                new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), 30, -1, 1, 42L));
    }

    /** The review-sentiment bundle made with other features or another trainer (hinge, factorisation machine). */
    public static ModelBundle sentiment(String name, FeatureConfig config, org.tribuo.Trainer<Label> trainer) {
        TextCleaner cleaner = new TextCleaner();
        List<String> texts = REVIEWS.stream().map(r -> cleaner.clean(r[1])).toList();
        Vocabulary vocabulary = Vocabulary.fit(config, Vocabulary.documentFrequencies(config, texts), texts.size());
        FeatureExtractor features = new FeatureExtractor(config, vocabulary);
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("test reviews", labels), labels);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < REVIEWS.size(); i++) {
            dataset.add(Classifier.example(features, texts.get(i), new Label(REVIEWS.get(i)[0])));
            order.add(REVIEWS.get(i)[0]);
        }
        var model = trainer.train(dataset);
        Manifest draft = new Manifest(name, Manifest.UNPUBLISHED, Instant.parse("2026-11-23T00:00:00Z"),
                order.stream().distinct().sorted().toList(), "review", config,
                new TrainerSpec("logistic", Map.of("epochs", 30, "learning_rate", 0.5)),
                new DataSummary("test-bundles", "inline", "0".repeat(64),
                        Map.of("train", (long) REVIEWS.size(), "test", 0L)),
                Map.of("accuracy", 1.0), "", Map.of(), "", java.util.Optional.empty(), io.sentio.core.decision.Decision.HIGHEST_PROBABILITY);
        return ModelBundle.pack(draft, model, vocabulary);
    }
}
