package io.sentio.training.drift;

import io.sentio.core.decision.DriftBaseline;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.Manifest;
import io.sentio.core.score.Columns;
import io.sentio.core.score.InputFormat;
import io.sentio.core.score.Locations;
import io.sentio.core.score.ScoreException;
import io.sentio.core.text.SentenceSplitter;
import io.sentio.training.data.DataFormatException;
import io.sentio.training.data.DataSources;
import io.sentio.training.data.LabelSetOptions;
import io.sentio.training.data.LoadOptions;
import io.sentio.training.job.EvaluationJob;
import io.sentio.training.prepare.Granularity;
import io.sentio.training.prepare.Review;
import io.sentio.training.prepare.SkipCounter;
import io.sentio.training.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * {@code sentio drift}: reads data the way training does (or, without labels, the way scoring
 * does), observes the model on it through the serving path and compares with the baseline the
 * bundle was trained with.
 */
public final class DriftJob {
    private static final String LABEL_HINT = "name the label with --label-column or --rating-column";

    private final DataSources sources;
    private final Locations locations;
    private final ForkJoinPool pool;
    private final Progress progress;

    /** @param locations reads data that has no labels, as {@code sentio score} reads a backlog */
    public DriftJob(DataSources sources, Locations locations, ForkJoinPool pool, Progress progress) {
        this.sources = sources;
        this.locations = locations;
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
        Units read = units(data, forModel(load, manifest), unit, sample, seed);
        List<Review> units = sampled(read.texts(), sample, seed);
        progress.info(String.format(Locale.ROOT, "observing %d %ss%s against the baseline of %d", units.size(),
                unit.name().toLowerCase(Locale.ROOT), read.labelled() ? "" : " (unlabelled)", baseline.texts()));
        Observations observed = new Observer(pool).observe(classifier, units, read.labelled());
        return new DriftCheck(thresholds).compare(baseline, observed, manifest.labels(), manifest.metrics());
    }

    /** A multi-label model's data holds label sets, whether or not {@code --multi-label} said so. */
    private static LoadOptions forModel(LoadOptions load, Manifest manifest) {
        boolean sets = load.labelSets().multiLabel();
        if (sets && !manifest.decision().multiLabel()) {
            throw new IllegalArgumentException("--multi-label reads label sets, but model " + manifest.name()
                    + " is single-label");
        }
        return sets || !manifest.decision().multiLabel() ? load : load.withLabelSets(
                new LabelSetOptions(true, load.labelSets().separator(), load.labelSets().labelMap()));
    }

    /** The data's texts at the model's granularity, and whether they carry true labels. */
    private record Units(List<Review> texts, boolean labelled) {
    }

    /**
     * Labelled data is read as training reads it. Data that training's loaders cannot read, when no
     * label was asked for, is read as unlabelled text, a sample of it taken while reading (a backlog
     * can be far larger than memory); a reader's error then names both attempts.
     */
    private Units units(String data, LoadOptions load, Granularity unit, int sample, long seed) {
        Optional<DataFormatException> noLabels = load.asksForLabels() ? Optional.empty() : unreadableAsLabelled(data, load);
        if (noLabels.isEmpty()) {
            return new Units(new EvaluationJob(sources, pool, progress).units(data, load, unit, Optional.empty()), true);
        }
        List<Review> texts;
        try {
            texts = new UnlabelledTexts(locations, progress).read(data, unlabelledFormat(load), columns(load),
                    new SkipCounter(), sample, seed);
        } catch (ScoreException e) {
            throw e.getMessage().equals(noLabels.get().getMessage()) ? e
                    : new ScoreException(e.getMessage() + "; nor is it labelled data as train reads it (" + LABEL_HINT + ")", e);
        }
        progress.info("no labels recognised in " + data + ": checking the texts alone, so metrics are not compared ("
                + LABEL_HINT + ")");
        progress.detail("as labelled data: " + noLabels.get().getMessage());
        return new Units(unit.expand(texts, new SentenceSplitter()), false);
    }

    /** Why training's loaders cannot read the data, when they cannot. */
    private Optional<DataFormatException> unreadableAsLabelled(String data, LoadOptions load) {
        try {
            sources.open(data, load);
            return Optional.empty();
        } catch (DataFormatException e) {
            return Optional.of(e);
        }
    }

    private static Optional<InputFormat> unlabelledFormat(LoadOptions load) {
        return load.format().filter(f -> f.equals(LoadOptions.CSV) || f.equals(LoadOptions.JSONL))
                .map(InputFormat::parse);
    }

    /** The named text columns, a named title first (as a review CSV puts it); none for the recognised ones. */
    private static Columns columns(LoadOptions load) {
        List<String> text = new ArrayList<>();
        load.titleColumn().ifPresent(text::add);
        text.addAll(load.textColumns());
        return new Columns(load.textColumns().isEmpty() ? List.of() : text, Optional.empty());
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
