package io.sentio.training.prepare;

import io.sentio.training.data.Split;
import java.util.List;
import java.util.Optional;

/**
 * A cleaned, deduplicated labelled text. Sentences expanded from a review keep the review's id,
 * so a split by id never puts one review's sentences on both sides.
 *
 * @param label  the class; for multi-label data the first label of {@code labels}
 * @param labels the label set (multi-label); just {@code label} for single-label data
 */
public record Review(long id, String text, String label, Optional<Split> officialSplit, List<String> labels) {
    public Review {
        labels = List.copyOf(labels);
    }

    public Review(long id, String text, String label, Optional<Split> officialSplit) {
        this(id, text, label, officialSplit, List.of(label));
    }

    public Review withText(String newText) {
        return new Review(id, newText, label, officialSplit, labels);
    }
}
