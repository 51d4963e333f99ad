package io.sentio.training.data;

import java.util.Optional;

/**
 * One labelled text as read, before cleaning.
 *
 * @param text          raw text (title and body already joined where the layout has both)
 * @param label         the class
 * @param officialSplit the side of the data set's own split, when it has one
 */
public record LabelledText(String text, String label, Optional<Split> officialSplit) {
    public static LabelledText of(String text, String label) {
        return new LabelledText(text, label, Optional.empty());
    }
}
