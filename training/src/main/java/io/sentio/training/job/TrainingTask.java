package io.sentio.training.job;

import io.sentio.core.decision.Decision;
import io.sentio.core.features.FeatureConfig;
import io.sentio.core.features.Vocabulary;
import io.sentio.core.model.Classifier;
import io.sentio.training.prepare.Review;
import io.sentio.training.prepare.SkipCounter;
import io.sentio.training.prepare.TrainTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;

/**
 * What differs between training a single-label and a multi-label model. {@link TrainingJob} does
 * everything else once for both: load, clean + dedup, split, expand, resolve the features, pack the
 * bundle, evaluate it as serving loads it, measure the drift baseline, write.
 *
 * @param <E> the task's evaluation
 */
sealed interface TrainingTask<E> permits SingleLabelTask, MultiLabelTask {

    /** The rows read from {@code location}, or an error in the task's words when it has none it can use. */
    LoadedData requireRows(String location, LoadedData data, SkipCounter skips);

    /** The split when no explicit test set is given. */
    TrainTest split(List<Review> reviews, TrainingOptions options);

    /** How many distinct labels these texts have. */
    long labels(List<Review> texts);

    /** What needs two labels, for the error when the data has one ("a classifier"). */
    String needsTwoLabels();

    /** The requested feature settings, with what the task rules out, before they are resolved for the corpus. */
    FeatureConfig features(FeatureConfig requested);

    /**
     * @param trainReviews the training side of the split, whole (what tuning splits further)
     * @param train        the same at the model's granularity: what the final model is fitted on
     */
    Fit fit(TrainingOptions options, List<Review> trainReviews, List<Review> train);

    E evaluate(Classifier classifier, List<Review> test, long nTrain, double trainSeconds, Map<String, Long> skipped);

    /** The evaluation's metrics, as the manifest stores them. */
    Map<String, Object> summary(E evaluation);

    void writeEvaluation(Path dir, String modelName, E evaluation) throws IOException;

    /**
     * A fitted model with everything the manifest says about it.
     *
     * @param hyperparameters as the manifest's trainer section lists them (the split is added by the job)
     * @param trainSeconds    everything the model cost: tuning, validation fits and the final fit
     */
    record Fit(Model<?> model, Vocabulary vocabulary, Decision decision, String trainer,
            Map<String, Object> hyperparameters, double trainSeconds) {
    }
}
