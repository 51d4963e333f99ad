package io.sentio.training.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which label a star rating stands for, e.g. {@code 1-2:negative,3:neutral,4-5:positive}.
 *
 * <p>Ranges are inclusive, may not overlap and may leave gaps: {@code 1-2:negative,4-5:positive}
 * trains a binary model and leaves the 3-star rows out (they are skipped as "unmapped_rating",
 * not as "bad_rating", so the count says it was a choice, not dirty data).
 *
 * @param ranges the ranges, sorted by {@link Range#from()}
 */
public record RatingMapping(List<Range> ranges) {

    /** The spec of {@link #defaults()}: the usual reading of a 5-star scale. */
    public static final String DEFAULT_SPEC = "1-2:negative,3:neutral,4-5:positive";

    /** Ratings {@code from..to} (inclusive) mean {@code label}. */
    public record Range(int from, int to, String label) {
        public Range {
            if (to < from) {
                throw new IllegalArgumentException("rating range " + from + "-" + to + " runs backwards");
            }
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("rating range " + from + "-" + to + " has no label");
            }
        }

        boolean contains(int rating) {
            return rating >= from && rating <= to;
        }

        @Override
        public String toString() {
            return (from == to ? String.valueOf(from) : from + "-" + to) + ":" + label;
        }
    }

    public RatingMapping {
        if (ranges == null || ranges.isEmpty()) {
            throw new IllegalArgumentException("a rating mapping needs at least one range, e.g. " + DEFAULT_SPEC);
        }
        ranges = ranges.stream().sorted(Comparator.comparingInt(Range::from)).toList();
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i).from() <= ranges.get(i - 1).to()) {
                throw new IllegalArgumentException(
                        "rating ranges " + ranges.get(i - 1) + " and " + ranges.get(i) + " overlap");
            }
        }
    }

    public static RatingMapping defaults() {
        return parse(DEFAULT_SPEC);
    }

    /**
     * Parses {@code <rating>[-<rating>]:<label>} entries separated by commas; blanks around the
     * parts are ignored.
     *
     * @throws IllegalArgumentException naming the entry that is wrong and the expected form
     */
    public static RatingMapping parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty rating mapping; expected e.g. " + DEFAULT_SPEC);
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : spec.split(",", -1)) {
            ranges.add(parseEntry(entry.strip(), spec));
        }
        return new RatingMapping(ranges);
    }

    private static Range parseEntry(String entry, String spec) {
        int colon = entry.indexOf(':');
        if (colon < 0) {
            throw invalid(entry, spec, "no ':' between rating and label");
        }
        String label = entry.substring(colon + 1).strip();
        String ratings = entry.substring(0, colon).strip();
        int dash = ratings.indexOf('-', 1); // from 1: a leading '-' is a sign, not a range
        try {
            int from = Integer.parseInt((dash < 0 ? ratings : ratings.substring(0, dash)).strip());
            int to = dash < 0 ? from : Integer.parseInt(ratings.substring(dash + 1).strip());
            return new Range(from, to, label);
        } catch (NumberFormatException e) {
            throw invalid(entry, spec, "'" + ratings + "' is not a rating or a range like 4-5");
        } catch (IllegalArgumentException e) {
            throw invalid(entry, spec, e.getMessage());
        }
    }

    private static IllegalArgumentException invalid(String entry, String spec, String why) {
        return new IllegalArgumentException(
                "bad rating mapping entry '" + entry + "' in '" + spec + "': " + why
                        + "; expected <rating>[-<rating>]:<label>,… e.g. " + DEFAULT_SPEC);
    }

    public Optional<String> labelOf(int rating) {
        return ranges.stream().filter(r -> r.contains(rating)).map(Range::label).findFirst();
    }

    /** Whether the rating lies on the scale at all (between the lowest and highest mapped rating). */
    public boolean onScale(int rating) {
        return rating >= ranges.get(0).from() && rating <= ranges.get(ranges.size() - 1).to();
    }

    /** The canonical spec, which {@link #parse} reads back to an equal mapping. */
    public String spec() {
        return ranges.stream().map(Range::toString).collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return spec();
    }
}
