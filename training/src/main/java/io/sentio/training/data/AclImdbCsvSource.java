package io.sentio.training.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The aclImdb reviews as one CSV ({@code split, sentiment, rating, id, file, review}): the label
 * is {@code sentiment} as written, the official split comes from {@code split}.
 */
final class AclImdbCsvSource implements DataSource {
    static final List<String> COLUMNS = List.of("split", "sentiment", "review");

    private final InputOpener opener;
    private final String location;

    AclImdbCsvSource(InputOpener opener, String location) {
        this.opener = opener;
        this.location = location;
    }

    @Override
    public String layout() {
        return "aclImdb CSV (review, label from sentiment, official split from split)";
    }

    @Override
    public String format() {
        return LoadOptions.ACLIMDB_CSV;
    }

    @Override
    public ReadSummary read(RowSink sink) {
        return CsvTable.read(opener, location, this::bind, sink);
    }

    CsvTable.RecordReader bind(CsvHeader header) {
        int splitAt = header.require("split", "aclImdb split");
        int sentimentAt = header.require("sentiment", "aclImdb label");
        int reviewAt = header.require("review", "aclImdb text");
        return (record, sink) -> {
            Optional<Split> split = split(record.get(splitAt));
            if (split.isEmpty()) {
                sink.skip(SkipReasons.BAD_SPLIT);
                return;
            }
            String sentiment = record.get(sentimentAt).strip();
            RowLabel label = sentiment.isEmpty() ? RowLabel.skipped(SkipReasons.MISSING_LABEL) : RowLabel.of(sentiment);
            label.offer(sink, record.get(reviewAt).strip(), split);
        };
    }

    private static Optional<Split> split(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "train" -> Optional.of(Split.TRAIN);
            case "test" -> Optional.of(Split.TEST);
            default -> Optional.empty();
        };
    }
}
