package io.sentio.training.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a data set. Everything is optional: with {@link #defaults()} the layout and its
 * columns are recognised from the input itself (see {@link DataSources}).
 *
 * <p>Several text columns are joined in the order given, each as its own sentence (see
 * {@link #textColumns()}); that is the same rule that puts a review's title before its body.
 *
 * @param format       the layout, forced: one of {@link #FORMATS}; empty to recognise it
 * @param textColumns  CSV columns / JSON fields holding the text, joined in this order: each part
 *                     is stripped, empty parts are dropped, and a part that does not end in
 *                     {@code . ! ? …} gets a period before the next one, so "Great fit" + "Runs
 *                     small." becomes "Great fit. Runs small."; empty for the layout's own columns
 *                     (JSONL: field {@code text})
 * @param labelColumn  column / field holding the label (a plain value, or a JSON list whose first
 *                     element, or that element's {@code name}, is taken); makes a CSV generic
 *                     (JSONL default: field {@code label})
 * @param titleColumn  review CSV: the title column, put before the text
 * @param ratingColumn review CSV: the star-rating column, labelled through {@link #ratings()}
 * @param ratings      star rating to label, for review CSVs
 * @param labelSets    whether the label column holds label sets (multi-label), and how to read them
 */
public record LoadOptions(
        Optional<String> format,
        List<String> textColumns,
        Optional<String> labelColumn,
        Optional<String> titleColumn,
        Optional<String> ratingColumn,
        RatingMapping ratings,
        LabelSetOptions labelSets) {

    public static final String REVIEW_CSV = "review-csv";
    public static final String ACLIMDB = "aclimdb";
    public static final String ACLIMDB_CSV = "aclimdb-csv";
    public static final String CSV = "csv";
    public static final String JSONL = "jsonl";
    public static final List<String> FORMATS = List.of(REVIEW_CSV, ACLIMDB, ACLIMDB_CSV, CSV, JSONL);

    public LoadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(labelColumn, "labelColumn");
        Objects.requireNonNull(titleColumn, "titleColumn");
        Objects.requireNonNull(ratingColumn, "ratingColumn");
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(labelSets, "labelSets");
        textColumns = List.copyOf(textColumns);
        format = format.map(String::strip).map(f -> f.toLowerCase(java.util.Locale.ROOT));
        format.filter(f -> !FORMATS.contains(f)).ifPresent(f -> {
            throw new IllegalArgumentException("unknown format '" + f + "'; expected one of " + FORMATS);
        });
    }

    /** One label a row. */
    public LoadOptions(Optional<String> format, List<String> textColumns, Optional<String> labelColumn,
            Optional<String> titleColumn, Optional<String> ratingColumn, RatingMapping ratings) {
        this(format, textColumns, labelColumn, titleColumn, ratingColumn, ratings, LabelSetOptions.single());
    }

    /** Recognise everything from the input; ratings {@value RatingMapping#DEFAULT_SPEC}. */
    public static LoadOptions defaults() {
        return new LoadOptions(Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), RatingMapping.defaults());
    }

    public LoadOptions withFormat(String value) {
        return new LoadOptions(Optional.of(value), textColumns, labelColumn, titleColumn, ratingColumn, ratings, labelSets);
    }

    public LoadOptions withTextColumns(List<String> value) {
        return new LoadOptions(format, value, labelColumn, titleColumn, ratingColumn, ratings, labelSets);
    }

    public LoadOptions withLabelColumn(String value) {
        return new LoadOptions(format, textColumns, Optional.of(value), titleColumn, ratingColumn, ratings, labelSets);
    }

    public LoadOptions withTitleColumn(String value) {
        return new LoadOptions(format, textColumns, labelColumn, Optional.of(value), ratingColumn, ratings, labelSets);
    }

    public LoadOptions withRatingColumn(String value) {
        return new LoadOptions(format, textColumns, labelColumn, titleColumn, Optional.of(value), ratings, labelSets);
    }

    public LoadOptions withRatings(RatingMapping value) {
        return new LoadOptions(format, textColumns, labelColumn, titleColumn, ratingColumn, value, labelSets);
    }

    public LoadOptions withLabelSets(LabelSetOptions value) {
        return new LoadOptions(format, textColumns, labelColumn, titleColumn, ratingColumn, ratings, value);
    }

    /**
     * Whether these options ask for labels: a label or rating column is named, or a layout that
     * always has labels is forced. Data read without them may turn out to have none.
     */
    public boolean asksForLabels() {
        return labelColumn.isPresent() || ratingColumn.isPresent()
                || format.filter(f -> f.equals(REVIEW_CSV) || f.equals(ACLIMDB) || f.equals(ACLIMDB_CSV)).isPresent();
    }

    /** Whether any column was named, which the aclImdb layouts (fixed columns) cannot honour. */
    boolean namesColumns() {
        return !textColumns.isEmpty() || labelColumn.isPresent() || titleColumn.isPresent() || ratingColumn.isPresent();
    }
}
