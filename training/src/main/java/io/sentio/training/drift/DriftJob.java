package io.sentio.training.drift;

import io.sentio.core.decision.DriftBaseline;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.Manifest;
import io.sentio.training.data.DataSources;
import io.sentio.training.data.LoadOptions;
import io.sentio.training.job.EvaluationJob;
import io.sentio.training.prepare.Granularity;
import io.sentio.training.prepare.Review;
import io.sentio.training.progress.Progress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * {@code sentio drift}: reads data the way training does, observes the model on it through the
 * serving path and compares with the baseline the bundle was trained with.
 */
public final class DriftJob {
    private final DataSources sources;
    private final ForkJoinPool pool;
    private final Progress progress;

    public DriftJob(DataSources sources, ForkJoinPool pool, Progress progress) {
        this.sources = sources;
        this.pool = pool;
        this.progress = progress;
    }

    /**
     * @param sample at most this many texts, drawn with {@code seed}; 0 for all
     * @throws MissingBaselineException before reading any data, when the bundle has no baseline
     */
    public DriftReport run(Classifier classifier, String data, LoadOptions load, int sample, long seed,
            DriftThresholds thresholds) {
        Manifest manifest = classifier.manifest();
        DriftBaseline baseline = baselineOf(manifest);
        // The baseline was measured on units of the model's own granularity, so the data is read as those.
        Granularity unit = Granularity.valueOf(manifest.granularity().toUpperCase(Locale.ROOT));
        List<Review> units = sampled(new EvaluationJob(sources, pool, progress).units(data, load, unit,
                Optional.empty()), sample, seed);
        progress.info(String.format(Locale.ROOT, "observing %d %ss against the baseline of %d", units.size(),
                unit.name().toLowerCase(Locale.ROOT), baseline.texts()));
        Observations observed = new Observer(pool).observe(classifier, units, true);
        return new DriftCheck(thresholds).compare(baseline, observed, manifest.labels(), manifest.metrics());
    }

    public static DriftBaseline baselineOf(Manifest manifest) {
        return manifest.decision().baseline().orElseThrow(() -> new MissingBaselineException(manifest));
    }

    /** A seeded sample in the data's own order: the same texts for the same seed. */
    static List<Review> sampled(List<Review> units, int sample, long seed) {
        if (sample < 0) {
            throw new IllegalArgumentException("--sample must be 0 (all) or more, was " + sample);
        }
        if (sample == 0 || sample >= units.size()) {
            return units;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = IntStream.range(0, units.size()).toArray();
        for (int i = 0; i < sample; i++) {
            int j = i + random.nextInt(order.length - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return IntStream.of(order).limit(sample).sorted().mapToObj(units::get).toList();
    }

    /** The bundle predates drift baselines: there is nothing to compare with. */
    public static final class MissingBaselineException extends IllegalArgumentException {
        MissingBaselineException(Manifest manifest) {
            super("model " + manifest.name() + " (version " + manifest.version() + ") has no drift baseline: it was "
                    + "trained before baselines were recorded; retrain it to check it for drift");
        }
    }
}
