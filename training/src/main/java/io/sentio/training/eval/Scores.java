package io.sentio.training.eval;

import java.util.Map;

/** How a model scored on labelled texts: a single-label {@link Evaluation} or a {@link MultiLabelEvaluation}. */
public sealed interface Scores permits Evaluation, MultiLabelEvaluation {
    /** The headline figures, for the manifest. */
    Map<String, Object> summary();
}
