package io.sentio.local;

import io.sentio.core.decision.DecisionRule;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.Manifest;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.model.Prediction;
import io.sentio.core.testing.TestBundles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The test bundles, scored on held-out texts they never saw, with the evaluation figures a trained
 * bundle's manifest carries (confusion matrix and per-class figures; per-label figures for a
 * multi-label model), so the model card has real numbers to draw.
 */
final class EvaluatedModels {
    private static final List<String[]> HELD_OUT_REVIEWS = List.of(
            new String[] {"positive", "Lovely dress, great fit, I love the colour."},
            new String[] {"positive", "Beautiful and comfortable, excellent quality."},
            new String[] {"positive", "Perfect, so soft, I love it."},
            new String[] {"negative", "Cheap fabric and awful fit, returned it."},
            new String[] {"negative", "Terrible, the seams ripped, very disappointed."},
            new String[] {"negative", "Poor quality, nothing like the picture."},
            new String[] {"neutral", "It is okay, average fabric, nothing special."},
            new String[] {"neutral", "Decent, fine for the price, not sure yet."},
            new String[] {"neutral", "Mixed feelings: okay fit, so-so colour."});

    private static final List<String[]> HELD_OUT_MOVIES = List.of(
            new String[] {"Action", "Armed robbers and a cop fight in a burning city."},
            new String[] {"Adventure|Fantasy", "A wizard and an elf set off on a quest for a magic dragon."},
            new String[] {"Comedy", "Clumsy roommates plan a hilarious party."},
            new String[] {"Romance", "Two strangers fall in love in Paris."},
            new String[] {"Drama", "A family struggles after the loss of their father."});

    private EvaluatedModels() {
    }

    static ModelBundle sentiment() {
        ModelBundle bundle = TestBundles.sentiment();
        Classifier classifier = new Classifier(bundle.open());
        List<String> labels = bundle.manifest().labels();
        Map<String, Map<String, Long>> confusion = new LinkedHashMap<>();
        labels.forEach(truth -> {
            Map<String, Long> row = new LinkedHashMap<>();
            labels.forEach(predicted -> row.put(predicted, 0L));
            confusion.put(truth, row);
        });
        for (String[] review : HELD_OUT_REVIEWS) {
            confusion.get(review[0]).merge(classifier.predict(review[1]).label(), 1L, Long::sum);
        }
        Map<String, Object> perClass = new LinkedHashMap<>();
        long correct = 0;
        double f1Sum = 0;
        for (String label : labels) {
            long tp = confusion.get(label).get(label);
            long support = confusion.get(label).values().stream().mapToLong(Long::longValue).sum();
            long predicted = confusion.values().stream().mapToLong(row -> row.get(label)).sum();
            Map<String, Object> figures = figures(tp, predicted - tp, support - tp);
            figures.put("support", support);
            perClass.put(label, figures);
            correct += tp;
            f1Sum += (double) figures.get("f1");
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", (double) correct / HELD_OUT_REVIEWS.size());
        metrics.put("macro_f1", f1Sum / labels.size());
        metrics.put("per_class", perClass);
        metrics.put("confusion_matrix", confusion);
        metrics.put("n_test", (long) HELD_OUT_REVIEWS.size());
        return withMetrics(bundle, metrics);
    }

    static ModelBundle genres() {
        ModelBundle bundle = TestBundles.genres();
        Classifier classifier = new Classifier(bundle.open());
        DecisionRule.LabelThresholds rule = (DecisionRule.LabelThresholds) bundle.manifest().decision().rule();
        Map<String, long[]> counts = new LinkedHashMap<>(); // tp, fp, fn
        bundle.manifest().labels().forEach(label -> counts.put(label, new long[3]));
        for (String[] movie : HELD_OUT_MOVIES) {
            Set<String> truth = Set.of(movie[0].split("\\|"));
            Prediction prediction = classifier.predict(movie[1]);
            counts.forEach((label, c) -> {
                boolean predicted = prediction.labels().contains(label);
                boolean isTrue = truth.contains(label);
                c[0] += predicted && isTrue ? 1 : 0;
                c[1] += predicted && !isTrue ? 1 : 0;
                c[2] += !predicted && isTrue ? 1 : 0;
            });
        }
        Map<String, Object> perLabel = new LinkedHashMap<>();
        long tp = 0;
        long fp = 0;
        long fn = 0;
        double f1Sum = 0;
        for (Map.Entry<String, long[]> entry : counts.entrySet()) {
            long[] c = entry.getValue();
            Map<String, Object> figures = figures(c[0], c[1], c[2]);
            figures.put("support", c[0] + c[2]);
            figures.put("threshold", rule.thresholds().getOrDefault(entry.getKey(), rule.defaultThreshold()));
            perLabel.put(entry.getKey(), figures);
            tp += c[0];
            fp += c[1];
            fn += c[2];
            f1Sum += (double) figures.get("f1");
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("task", "multi_label");
        metrics.put("micro_f1", (double) figures(tp, fp, fn).get("f1"));
        metrics.put("macro_f1", f1Sum / counts.size());
        metrics.put("per_label", perLabel);
        metrics.put("n_test", (long) HELD_OUT_MOVIES.size());
        return withMetrics(bundle, metrics);
    }

    private static Map<String, Object> figures(long tp, long fp, long fn) {
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("precision", precision);
        figures.put("recall", recall);
        figures.put("f1", precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall));
        return figures;
    }

    private static ModelBundle withMetrics(ModelBundle bundle, Map<String, Object> metrics) {
        Manifest manifest = bundle.manifest().withMetrics(metrics);
        return bundle.withManifest(manifest);
    }
}
