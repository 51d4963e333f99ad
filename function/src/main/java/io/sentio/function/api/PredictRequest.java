package io.sentio.function.api;

import io.sentio.core.explain.ExplainOptions;
import java.util.List;
import java.util.Optional;

/** A validated prediction request: one text, or a batch of them, each optionally to be explained. */
public sealed interface PredictRequest permits PredictRequest.Single, PredictRequest.Batch {

    /** What to explain of each prediction; empty when the request did not ask ({@code "explain": true}). */
    Optional<ExplainOptions> explain();

    /** {@code {"text": "…"}} or {@code GET /predict?text=…}. */
    record Single(String text, Optional<ExplainOptions> explain) implements PredictRequest {
        public Single(String text) {
            this(text, Optional.empty());
        }
    }

    /** {@code {"texts": ["…", "…"]}}. */
    record Batch(List<String> texts, Optional<ExplainOptions> explain) implements PredictRequest {
        public Batch {
            texts = List.copyOf(texts);
        }

        public Batch(List<String> texts) {
            this(texts, Optional.empty());
        }
    }
}
