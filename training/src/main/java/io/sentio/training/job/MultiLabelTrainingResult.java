package io.sentio.training.job;

import io.sentio.core.model.ModelBundle;
import io.sentio.training.eval.MultiLabelEvaluation;
import io.sentio.training.prepare.Review;
import java.nio.file.Path;
import java.util.List;

/** A finished multi-label run: the bundle written to {@code out}, how it scored, and the held-out texts. */
public record MultiLabelTrainingResult(ModelBundle bundle, MultiLabelEvaluation evaluation, Path out,
        List<Review> heldOut) {
    public MultiLabelTrainingResult {
        heldOut = List.copyOf(heldOut);
    }
}
