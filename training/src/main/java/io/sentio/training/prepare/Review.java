package io.sentio.training.prepare;

import io.sentio.training.data.Split;
import java.util.Optional;

/**
 * A cleaned, deduplicated labelled text. Sentences expanded from a review keep the review's id,
 * so a split by id never puts one review's sentences on both sides.
 */
public record Review(long id, String text, String label, Optional<Split> officialSplit) {

    public Review withText(String newText) {
        return new Review(id, newText, label, officialSplit);
    }
}
