package io.sentio.training.data;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a file sits in the aclImdb tree: {@code [<root>/]<train|test>/<pos|neg>/<file>}. Files
 * elsewhere ({@code unsup/}, {@code urls_pos.txt}, {@code README}, {@code imdb.vocab}) are not
 * reviews and have no AclImdbPath.
 *
 * @param split    official split, from the directory
 * @param polarity "pos" or "neg"
 * @param fileName e.g. {@code 123_8.txt}
 */
record AclImdbPath(Split split, String polarity, String fileName) {
    /** The four review directories, in reading order (as the aclImdb CSV is sorted). */
    static final List<String> REVIEW_DIRECTORIES = List.of("train/neg", "train/pos", "test/neg", "test/pos");

    /** {@code <id>_<rating>.txt}: the rating in the name is the reviewer's star score, 1-10. */
    private static final Pattern REVIEW_FILE = Pattern.compile("\\d+_\\d+\\.txt");

    static Optional<AclImdbPath> of(String path) {
        String[] parts = path.split("/");
        if (parts.length < 3) {
            return Optional.empty();
        }
        String splitDir = parts[parts.length - 3];
        String polarity = parts[parts.length - 2];
        Optional<Split> split = switch (splitDir) {
            case "train" -> Optional.of(Split.TRAIN);
            case "test" -> Optional.of(Split.TEST);
            default -> Optional.empty();
        };
        if (split.isEmpty() || !(polarity.equals("pos") || polarity.equals("neg"))) {
            return Optional.empty();
        }
        return Optional.of(new AclImdbPath(split.get(), polarity, parts[parts.length - 1]));
    }

    String directory() {
        return (split == Split.TRAIN ? "train" : "test") + "/" + polarity;
    }

    String label() {
        return polarity.equals("pos") ? "positive" : "negative";
    }

    boolean hasReviewFileName() {
        return REVIEW_FILE.matcher(fileName).matches();
    }

    /** Offers the review text of this file to the sink. */
    void offer(RowSink sink, String text) {
        if (!hasReviewFileName()) {
            sink.skip(SkipReasons.BAD_FILE_NAME);
        } else {
            RowLabel.of(label()).offer(sink, text.strip(), Optional.of(split));
        }
    }
}
