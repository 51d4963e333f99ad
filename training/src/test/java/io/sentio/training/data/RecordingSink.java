package io.sentio.training.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Keeps what a data source offered, for assertions. */
final class RecordingSink implements RowSink {
    final List<LabelledText> accepted = new ArrayList<>();
    final Map<String, Long> skipped = new TreeMap<>();

    @Override
    public void accept(LabelledText row) {
        accepted.add(row);
    }

    @Override
    public void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    List<String> texts() {
        return accepted.stream().map(LabelledText::text).toList();
    }

    List<String> labels() {
        return accepted.stream().map(LabelledText::label).toList();
    }

    long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
