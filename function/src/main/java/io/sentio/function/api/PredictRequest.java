package io.sentio.function.api;

import java.util.List;

/** A validated prediction request: one text, or a batch of them. */
public sealed interface PredictRequest permits PredictRequest.Single, PredictRequest.Batch {

    /** {@code {"text": "…"}} or {@code GET /predict?text=…}. */
    record Single(String text) implements PredictRequest {
    }

    /** {@code {"texts": ["…", "…"]}}. */
    record Batch(List<String> texts) implements PredictRequest {
        public Batch {
            texts = List.copyOf(texts);
        }
    }
}
