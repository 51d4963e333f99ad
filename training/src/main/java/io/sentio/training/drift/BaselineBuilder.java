package io.sentio.training.drift;

import io.sentio.core.decision.DriftBaseline;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.Manifest;
import io.sentio.core.model.ModelBundle;
import io.sentio.training.prepare.Review;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;

/**
 * Measures a freshly trained bundle on its held-out texts and stores the result as the bundle's
 * drift baseline ({@code decision.baseline}), the reference {@code sentio drift} compares with;
 * single- and multi-label bundles alike (see {@link Observations} for what confidence means in each).
 */
public final class BaselineBuilder {
    /** Confidence is binned at its deciles: ten bins of about a tenth of the baseline each. */
    private static final int CONFIDENCE_BINS = 10;
    /** A prediction below the baseline's 10th percentile of confidence counts as unsure. */
    private static final double LOW_CONFIDENCE_QUANTILE = 0.10;

    private final ForkJoinPool pool;

    public BaselineBuilder(ForkJoinPool pool) {
        this.pool = pool;
    }

    /** The bundle with its decision section's baseline measured on {@code heldOut} (labelled, clean). */
    public ModelBundle addTo(ModelBundle bundle, List<Review> heldOut) {
        Classifier classifier = new Classifier(bundle.open());
        Observations observed = new Observer(pool).observe(classifier, heldOut, true);
        Manifest manifest = bundle.manifest();
        DriftBaseline baseline = baseline(observed, manifest.labels());
        return bundle.withManifest(manifest.withDecision(manifest.decision().withBaseline(baseline)));
    }

    /** @param labels the model's labels, so a label it never chose still appears, with share 0 */
    static DriftBaseline baseline(Observations observed, List<String> labels) {
        DriftBaseline.Bins bins = confidenceBins(observed.confidences(), Observations.lowestConfidence(observed.task()));
        double[] sorted = observed.confidences().clone();
        Arrays.sort(sorted);
        double unsureBelow = DriftBaseline.Spread.quantile(sorted, LOW_CONFIDENCE_QUANTILE);
        return new DriftBaseline(observed.size(),
                DriftBaseline.Spread.of(observed.unknownTermShares()),
                DriftBaseline.Spread.of(observed.confidences()),
                bins,
                new DriftBaseline.LowConfidence(unsureBelow, shareBelow(observed.confidences(), unsureBelow)),
                rates(observed.predicted(), labels),
                rates(observed.truth().orElse(List.of()), List.of()));
    }

    /**
     * Lower edges at the lowest value the measure takes and at the deciles; equal deciles (many
     * identical confidences) merge into one bin.
     */
    static DriftBaseline.Bins confidenceBins(double[] confidences, double lowest) {
        double[] sorted = confidences.clone();
        Arrays.sort(sorted);
        List<Double> edges = new ArrayList<>(List.of(lowest));
        for (int i = 1; i < CONFIDENCE_BINS; i++) {
            double edge = DriftBaseline.Spread.quantile(sorted, i / (double) CONFIDENCE_BINS);
            if (edge > edges.get(edges.size() - 1)) {
                edges.add(edge);
            }
        }
        return DriftBaseline.Bins.of(edges, confidences);
    }

    static double shareBelow(double[] values, double threshold) {
        return values.length == 0 ? 0 : Arrays.stream(values).filter(v -> v < threshold).count() / (double) values.length;
    }

    /**
     * Share of the texts given each label, with every one of {@code known} present (sorted by
     * label). With one label a text the shares are the label mix and sum to 1; with label sets they
     * are each label's positive rate and sum to the mean number of labels a text.
     */
    static Map<String, Double> rates(List<List<String>> labelSets, List<String> known) {
        Map<String, Double> counts = new TreeMap<>();
        known.forEach(label -> counts.put(label, 0.0));
        labelSets.forEach(set -> set.stream().distinct().forEach(label -> counts.merge(label, 1.0, Double::sum)));
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.forEach((label, n) -> shares.put(label, labelSets.isEmpty() ? 0 : n / labelSets.size()));
        return shares;
    }
}
