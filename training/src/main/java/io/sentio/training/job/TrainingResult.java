package io.sentio.training.job;

import io.sentio.core.model.ModelBundle;
import io.sentio.training.eval.Evaluation;
import java.nio.file.Path;

/** A finished run: the bundle written to {@code out}, and how it scored. */
public record TrainingResult(ModelBundle bundle, Evaluation evaluation, Path out) {
}
