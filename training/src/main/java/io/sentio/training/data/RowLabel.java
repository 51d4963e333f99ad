package io.sentio.training.data;

import java.util.Optional;

/**
 * A row's label, or the reason it has none (a {@link RowSink#skip} key).
 *
 * @param label      the label, when the row has one
 * @param skipReason why not, when it has none; empty otherwise
 */
record RowLabel(Optional<String> label, String skipReason) {
    static RowLabel of(String label) {
        return new RowLabel(Optional.of(label), "");
    }

    static RowLabel skipped(String reason) {
        return new RowLabel(Optional.empty(), reason);
    }

    /** Offers the row to the sink: accepted if it has text and a label, else skipped with the reason. */
    void offer(RowSink sink, String text, Optional<Split> split) {
        if (text.isEmpty()) {
            sink.skip(SkipReasons.EMPTY_TEXT);
        } else if (label.isPresent()) {
            sink.accept(new LabelledText(text, label.get(), split));
        } else {
            sink.skip(skipReason);
        }
    }
}
