package io.sentio.core.explain;

import io.sentio.core.model.TextPrediction;
import java.util.List;

/**
 * A text's prediction with the explanation of the whole text and of each sentence (same order as
 * {@code prediction.sentences()}); every span points into the whole text as submitted.
 */
public record ExplainedText(TextPrediction prediction, Explanation explanation, List<Explanation> sentences) {
    public ExplainedText {
        sentences = List.copyOf(sentences);
        if (sentences.size() != prediction.sentences().size()) {
            throw new IllegalArgumentException(sentences.size() + " sentence explanations for "
                    + prediction.sentences().size() + " sentences");
        }
    }
}
