package io.sentio.training.data;

import java.util.List;
import java.util.Optional;

/**
 * A row's label (or label set), or the reason it has none (a {@link RowSink#skip} key).
 *
 * @param labels     the label, or the label set of a multi-label row; empty when the row has none
 * @param skipReason why not, when it has none; empty otherwise
 */
record RowLabel(List<String> labels, String skipReason) {
    RowLabel {
        labels = List.copyOf(labels);
    }

    static RowLabel of(String label) {
        return new RowLabel(List.of(label), "");
    }

    static RowLabel ofSet(List<String> labels) {
        return new RowLabel(labels, "");
    }

    static RowLabel skipped(String reason) {
        return new RowLabel(List.of(), reason);
    }

    /** The (first) label, when the row has one. */
    Optional<String> label() {
        return labels.stream().findFirst();
    }

    /** Offers the row to the sink: accepted if it has text and a label, else skipped with the reason. */
    void offer(RowSink sink, String text, Optional<Split> split) {
        if (text.isEmpty()) {
            sink.skip(SkipReasons.EMPTY_TEXT);
        } else if (!labels.isEmpty()) {
            sink.accept(new LabelledText(text, labels.get(0), split, labels));
        } else {
            sink.skip(skipReason);
        }
    }
}
