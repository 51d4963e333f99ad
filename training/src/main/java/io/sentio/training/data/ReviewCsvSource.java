package io.sentio.training.data;

import io.sentio.core.text.SentenceJoin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV of product reviews: optional title, text, and a star rating that the
 * {@link RatingMapping} turns into the label. Text is title and body joined by
 * {@link SentenceJoin}, so a title alone still makes a (short) review.
 */
final class ReviewCsvSource implements DataSource {
    private final InputOpener opener;
    private final String location;
    private final ReviewColumns columns;
    private final RatingMapping ratings;

    ReviewCsvSource(InputOpener opener, String location, ReviewColumns columns, RatingMapping ratings) {
        this.opener = opener;
        this.location = location;
        this.columns = columns;
        this.ratings = ratings;
    }

    @Override
    public String layout() {
        return "review CSV (" + columns.describe() + " via " + ratings.spec() + ")";
    }

    @Override
    public String format() {
        return LoadOptions.REVIEW_CSV;
    }

    @Override
    public ReadSummary read(RowSink sink) {
        return CsvTable.read(opener, location, this::bind, sink);
    }

    /** Fails fast, before any row is read, when a column is missing. */
    CsvTable.RecordReader bind(CsvHeader header) {
        List<Integer> textAt = new ArrayList<>();
        columns.title().ifPresent(title -> textAt.add(header.require(title, "title column")));
        textAt.addAll(header.requireAll(columns.text(), "text column"));
        int ratingAt = header.require(columns.rating(), "rating column");
        return (CSVRecord record, RowSink sink) -> {
            String text = SentenceJoin.join(textAt.stream().map(record::get).toList());
            label(record.get(ratingAt)).offer(sink, text, Optional.empty());
        };
    }

    RowLabel label(String rating) {
        OptionalInt stars = wholeNumber(rating.strip());
        if (stars.isEmpty() || !ratings.onScale(stars.getAsInt())) {
            return RowLabel.skipped(SkipReasons.BAD_RATING);
        }
        return ratings.labelOf(stars.getAsInt())
                .map(RowLabel::of)
                .orElse(RowLabel.skipped(SkipReasons.UNMAPPED_RATING));
    }

    /** "4" and "4.0" (spreadsheets re-save integers so) are 4; "4.5", "", "five" are not ratings. */
    static OptionalInt wholeNumber(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            return OptionalInt.of(number.intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return OptionalInt.empty();
        }
    }
}
