package io.sentio.training.data;

import java.util.List;
import java.util.Optional;

/**
 * One labelled text as read, before cleaning.
 *
 * @param text          raw text (title and body already joined where the layout has both)
 * @param label         the class; for a multi-label row, the first label of its set
 * @param officialSplit the side of the data set's own split, when it has one
 * @param labels        the label set, in the order read: just {@code label} for single-label data
 */
public record LabelledText(String text, String label, Optional<Split> officialSplit, List<String> labels) {
    public LabelledText {
        labels = List.copyOf(labels);
    }

    public LabelledText(String text, String label, Optional<Split> officialSplit) {
        this(text, label, officialSplit, List.of(label));
    }

    public static LabelledText of(String text, String label) {
        return new LabelledText(text, label, Optional.empty());
    }
}
