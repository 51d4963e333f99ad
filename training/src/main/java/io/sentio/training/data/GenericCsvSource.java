package io.sentio.training.data;

import io.sentio.core.text.SentenceJoin;
import java.util.List;
import java.util.Optional;

/**
 * Any CSV, with the text and label columns named by the user: genre from a movie overview, topic
 * from a ticket, and so on. Several text columns are joined by {@link SentenceJoin}; the label
 * cell is read by {@link LabelValue} (plain value, or first element of a JSON list).
 */
final class GenericCsvSource implements DataSource {
    private final InputOpener opener;
    private final String location;
    private final List<String> textColumns;
    private final String labelColumn;
    private final LabelValue labels;

    GenericCsvSource(InputOpener opener, String location, List<String> textColumns, String labelColumn) {
        this(opener, location, textColumns, labelColumn, new LabelValue());
    }

    GenericCsvSource(InputOpener opener, String location, List<String> textColumns, String labelColumn,
            LabelValue labels) {
        this.opener = opener;
        this.location = location;
        this.textColumns = List.copyOf(textColumns);
        this.labelColumn = labelColumn;
        this.labels = labels;
    }

    @Override
    public String layout() {
        return "CSV (text from " + String.join(" + ", textColumns) + ", label from " + labelColumn + ")";
    }

    @Override
    public String format() {
        return LoadOptions.CSV;
    }

    @Override
    public ReadSummary read(RowSink sink) {
        return CsvTable.read(opener, location, this::bind, sink);
    }

    CsvTable.RecordReader bind(CsvHeader header) {
        List<Integer> textAt = header.requireAll(textColumns, "--text-column");
        int labelAt = header.require(labelColumn, "--label-column");
        return (record, sink) -> {
            String text = SentenceJoin.join(textAt.stream().map(record::get).toList());
            labels.fromCell(record.get(labelAt)).offer(sink, text, Optional.empty());
        };
    }
}
