package io.sentio.training.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Opens a data set, recognising its layout from the input itself unless
 * {@link LoadOptions#format()} forces one:
 * <ol>
 *   <li>a directory (local, or an S3 prefix) is the aclImdb tree: {@code train|test/pos|neg/};</li>
 *   <li>a tar archive (gzip or not) is the packed aclImdb tree;</li>
 *   <li>a file starting with '{' is JSONL;</li>
 *   <li>otherwise it is a CSV, told apart by its header: with a label column named in the options
 *       it is a generic CSV; with a rating column (named, or a known review header: Title / Review
 *       Text / Rating, ReviewTitle / ReviewBody / ReviewStar) a review CSV; with split, sentiment
 *       and review the aclImdb CSV.</li>
 * </ol>
 * Columns are checked here, so a wrong name fails before any training starts.
 */
public final class DataSources {
    private static final String KNOWN_CSV_LAYOUTS = "a review CSV (Title/Review Text/Rating or ReviewTitle/ReviewBody/"
            + "ReviewStar, or --rating-column with --text-column), the aclImdb CSV (split, sentiment, review), "
            + "or --text-column/--label-column";

    private final InputOpener opener;

    public DataSources(InputOpener opener) {
        this.opener = opener;
    }

    /**
     * @param location a local path or {@code s3://bucket/key}, of a file or a directory
     * @throws DataFormatException naming the input and what was expected, when it cannot be read as asked
     */
    public DataSource open(String location, LoadOptions options) {
        Optional<InputTree> directory = opener.directory(location);
        if (directory.isPresent()) {
            requireFormat(options, LoadOptions.ACLIMDB, location + " is a directory");
            refuseColumns(location, options);
            return AclImdbDirectorySource.of(directory.get());
        }
        try (BufferedInputStream in = new BufferedInputStream(opener.open(location), InputHead.SIZE)) {
            in.mark(InputHead.SIZE);
            InputHead head = new InputHead(location, in.readNBytes(InputHead.SIZE));
            in.reset();
            return file(location, head, in, options);
        } catch (IOException e) {
            throw new DataFormatException("cannot read " + location + ": " + e.getMessage(), e);
        }
    }

    private DataSource file(String location, InputHead head, InputStream in, LoadOptions options) {
        if (head.isEmpty()) {
            throw new DataFormatException(location + " is empty");
        }
        if (head.isZip()) {
            throw new DataFormatException(location + " is a zip archive; unzip it (gzip and tar.gz are read as they are)");
        }
        if (head.isTar()) {
            requireFormat(options, LoadOptions.ACLIMDB, location + " is a tar archive");
            refuseColumns(location, options);
            AclImdbTarSource.probe(in, location);
            return new AclImdbTarSource(opener, location);
        }
        String format = options.format().orElse("");
        if (format.equals(LoadOptions.ACLIMDB)) {
            throw new DataFormatException("not an aclImdb directory or tar archive: " + location);
        }
        if (format.equals(LoadOptions.JSONL) || format.isEmpty() && head.isJsonObject()) {
            return jsonl(location, head, options);
        }
        return csv(location, new CsvHeader(location, head.csvHeader()), options);
    }

    private DataSource jsonl(String location, InputHead head, LoadOptions options) {
        if (!head.isJsonObject()) {
            throw new DataFormatException(location + " is not JSONL: it does not start with a JSON object '{'");
        }
        JsonlSource source = JsonlSource.of(opener, location, options, labelValue(options));
        source.checkFields(head.firstLine());
        return source;
    }

    private DataSource csv(String location, CsvHeader header, LoadOptions options) {
        String format = options.format().orElse("");
        if (format.equals(LoadOptions.CSV) || format.isEmpty() && options.labelColumn().isPresent()) {
            return generic(location, header, options);
        }
        if (options.labelSets().multiLabel()) {
            throw new DataFormatException("multi-label data must be a CSV with --text-column and --label-column, or "
                    + "JSONL; " + location + " has columns " + header.names());
        }
        Optional<ReviewColumns> review = ReviewColumns.resolve(header, options);
        if (format.equals(LoadOptions.REVIEW_CSV) || format.isEmpty() && review.isPresent()) {
            ReviewCsvSource source = new ReviewCsvSource(opener, location, review.orElseThrow(() -> new DataFormatException(
                    location + " is not a review CSV: header has " + header.names() + "; expected " + KNOWN_CSV_LAYOUTS)),
                    options.ratings());
            source.bind(header);
            return source;
        }
        if (format.equals(LoadOptions.ACLIMDB_CSV) || header.hasAll(AclImdbCsvSource.COLUMNS) && !options.namesColumns()) {
            refuseColumns(location, options);
            AclImdbCsvSource source = new AclImdbCsvSource(opener, location);
            source.bind(header);
            return source;
        }
        if (options.namesColumns()) {
            throw new DataFormatException("cannot read " + location + " with the columns given: name the label with "
                    + "--label-column, or the star rating with --rating-column (and the text with --text-column); "
                    + "its columns are " + header.names());
        }
        throw new DataFormatException("cannot tell the layout of " + location + ": header has " + header.names()
                + "; expected " + KNOWN_CSV_LAYOUTS);
    }

    private DataSource generic(String location, CsvHeader header, LoadOptions options) {
        if (options.textColumns().isEmpty() || options.labelColumn().isEmpty()) {
            throw new DataFormatException("a generic CSV needs --text-column and --label-column; "
                    + location + " has columns " + header.names());
        }
        GenericCsvSource source = new GenericCsvSource(opener, location, options.textColumns(),
                options.labelColumn().get(), labelValue(options));
        source.bind(header);
        return source;
    }

    /** How label cells are read: one label, or (multi-label) a set, renamed through the label map if given. */
    private LabelValue labelValue(LoadOptions options) {
        LabelSetOptions sets = options.labelSets();
        if (!sets.multiLabel()) {
            sets.labelMap().ifPresent(map -> {
                throw new DataFormatException("--label-map renames the labels of label sets; add --multi-label");
            });
            return new LabelValue();
        }
        return new LabelValue(sets.separator(), sets.labelMap().map(map -> LabelMap.read(opener, map))
                .orElse(java.util.Map.of()));
    }

    private static void requireFormat(LoadOptions options, String expected, String what) {
        options.format().filter(format -> !format.equals(expected)).ifPresent(format -> {
            throw new DataFormatException(what + ", which only the " + expected + " layout reads, not " + format);
        });
    }

    private static void refuseColumns(String location, LoadOptions options) {
        if (options.labelSets().multiLabel()) {
            throw new DataFormatException(location + " is in an aclImdb layout, one sentiment a review; multi-label data"
                    + " must be a CSV with --text-column and --label-column, or JSONL");
        }
        if (options.namesColumns()) {
            throw new DataFormatException(location + " is in an aclImdb layout, whose text, label and split are fixed;"
                    + " drop --text-column/--label-column/--title-column/--rating-column");
        }
    }
}
