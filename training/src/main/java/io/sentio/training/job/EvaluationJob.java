package io.sentio.training.job;

import io.sentio.core.model.Classifier;
import io.sentio.core.text.SentenceSplitter;
import io.sentio.training.data.DataSources;
import io.sentio.training.data.LoadOptions;
import io.sentio.training.data.Split;
import io.sentio.training.eval.Evaluation;
import io.sentio.training.eval.Evaluator;
import io.sentio.training.eval.MultiLabelEvaluation;
import io.sentio.training.eval.MultiLabelEvaluator;
import io.sentio.training.prepare.Granularity;
import io.sentio.training.prepare.Review;
import io.sentio.training.prepare.SkipCounter;
import io.sentio.training.progress.Progress;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/** Scores an existing model on a labelled data set (e.g. out-of-domain reviews). */
public final class EvaluationJob {
    private final DataSources sources;
    private final ForkJoinPool pool;
    private final Progress progress;

    public EvaluationJob(DataSources sources, ForkJoinPool pool, Progress progress) {
        this.sources = sources;
        this.pool = pool;
        this.progress = progress;
    }

    /** @param only keep just this side of the data's official split, when it has one */
    public Evaluation run(Classifier classifier, String data, LoadOptions load, Granularity granularity,
            Optional<Split> only) {
        SkipCounter skips = new SkipCounter();
        List<Review> units = units(data, load, granularity, only, skips);
        return new Evaluator(pool).evaluate(classifier, units, 0, 0, skips.asMap());
    }

    /** A multi-label model on data whose label column holds label sets. */
    public MultiLabelEvaluation runSets(Classifier classifier, String data, LoadOptions load, Granularity granularity,
            Optional<Split> only) {
        SkipCounter skips = new SkipCounter();
        List<Review> units = units(data, load, granularity, only, skips);
        return new MultiLabelEvaluator(pool).evaluate(classifier, units, 0, 0, skips.asMap());
    }

    /** The labelled texts of {@code data}, cleaned, deduplicated and expanded to {@code granularity}. */
    public List<Review> units(String data, LoadOptions load, Granularity granularity, Optional<Split> only) {
        return units(data, load, granularity, only, new SkipCounter());
    }

    private List<Review> units(String data, LoadOptions load, Granularity granularity, Optional<Split> only,
            SkipCounter skips) {
        LoadedData loaded = new DataLoader(sources, progress).load(data, load, skips, new HashSet<>(), 0, 0L);
        List<Review> reviews = loaded.reviews().stream()
                .filter(r -> only.isEmpty() || r.officialSplit().equals(only))
                .toList();
        if (reviews.isEmpty()) {
            throw new IllegalArgumentException("no usable rows to evaluate in " + data
                    + only.map(s -> " (split " + s.name().toLowerCase(java.util.Locale.ROOT) + ")").orElse(""));
        }
        List<Review> units = granularity.expand(reviews, new SentenceSplitter());
        progress.info("evaluating on " + units.size() + " " + granularity.name().toLowerCase(java.util.Locale.ROOT)
                + "s from " + reviews.size() + " texts");
        return units;
    }
}
