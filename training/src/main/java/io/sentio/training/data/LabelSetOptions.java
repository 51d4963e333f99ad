package io.sentio.training.data;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether each row's label is a set of labels (genres, tags, topics), and how to read one.
 *
 * @param multiLabel whether label cells hold sets; off, a list gives its first element (one class a row)
 * @param separator  between the labels of a plain string cell ({@code Drama|Comedy}, as Comprehend's
 *                   CSV format); JSON lists need none
 * @param labelMap   a CSV of {@code id,name} rows through which every label read is renamed (genre
 *                   ids to genre names); a label not in it skips the row as {@value SkipReasons#UNMAPPED_LABEL}
 */
public record LabelSetOptions(boolean multiLabel, String separator, Optional<String> labelMap) {
    public static final String DEFAULT_SEPARATOR = "|";

    public LabelSetOptions {
        Objects.requireNonNull(separator, "separator");
        Objects.requireNonNull(labelMap, "labelMap");
        if (multiLabel && separator.isEmpty()) {
            throw new IllegalArgumentException("--label-separator must not be empty");
        }
    }

    /** One label a row. */
    public static LabelSetOptions single() {
        return new LabelSetOptions(false, DEFAULT_SEPARATOR, Optional.empty());
    }

    /** Label sets split on {@value #DEFAULT_SEPARATOR}, no map. */
    public static LabelSetOptions sets() {
        return new LabelSetOptions(true, DEFAULT_SEPARATOR, Optional.empty());
    }
}
