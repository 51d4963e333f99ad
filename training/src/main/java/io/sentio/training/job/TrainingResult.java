package io.sentio.training.job;

import io.sentio.core.model.ModelBundle;
import io.sentio.training.eval.Evaluation;
import io.sentio.training.prepare.Review;
import java.nio.file.Path;
import java.util.List;

/**
 * A finished run: the bundle written to {@code out}, how it scored, and the held-out texts it was
 * scored on (at the model's granularity), so a quality gate can score another model on the same.
 */
public record TrainingResult(ModelBundle bundle, Evaluation evaluation, Path out, List<Review> heldOut) {
    public TrainingResult {
        heldOut = List.copyOf(heldOut);
    }
}
