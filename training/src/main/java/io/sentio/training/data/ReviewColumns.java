package io.sentio.training.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which columns of a review CSV hold the title, the text and the star rating.
 *
 * @param title  put before the text as its own sentence, when present
 * @param text   one or more text columns, joined in order
 * @param rating the star rating, mapped to a label by {@link RatingMapping}
 */
record ReviewColumns(Optional<String> title, List<String> text, String rating) {

    /** Women's E-Commerce Clothing Reviews (Kaggle, nicapotato). */
    static final ReviewColumns CLOTHING = new ReviewColumns(Optional.of("Title"), List.of("Review Text"), "Rating");
    /** Amazon.in earphones reviews (Kaggle, AllProductReviews.csv). */
    static final ReviewColumns EARPHONES = new ReviewColumns(Optional.of("ReviewTitle"), List.of("ReviewBody"), "ReviewStar");
    static final List<ReviewColumns> KNOWN = List.of(CLOTHING, EARPHONES);

    ReviewColumns {
        text = List.copyOf(text);
    }

    /**
     * The review columns for this header: a known layout's, with any column the options name
     * taking its place. Naming text columns replaces the known title too (you said which text
     * you want); add a title column to keep one. Empty when no rating column is known.
     */
    static Optional<ReviewColumns> resolve(CsvHeader header, LoadOptions options) {
        Optional<ReviewColumns> known = KNOWN.stream().filter(k -> header.hasAll(k.names())).findFirst();
        Optional<String> rating = options.ratingColumn().or(() -> known.map(ReviewColumns::rating));
        boolean ownText = !options.textColumns().isEmpty();
        List<String> text = ownText ? options.textColumns() : known.map(ReviewColumns::text).orElse(List.of());
        if (rating.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> title = options.titleColumn().or(() -> ownText ? Optional.empty() : known.flatMap(ReviewColumns::title));
        return Optional.of(new ReviewColumns(title, text, rating.get()));
    }

    List<String> names() {
        List<String> names = new ArrayList<>();
        title.ifPresent(names::add);
        names.addAll(text);
        names.add(rating);
        return names;
    }

    /** For {@link DataSource#layout()}: "Title + Review Text, label from Rating". */
    String describe() {
        return String.join(" + ", names().subList(0, names().size() - 1)) + ", label from " + rating;
    }
}
