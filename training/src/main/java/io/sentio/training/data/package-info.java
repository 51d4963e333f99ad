/**
 * Reading labelled text: {@link io.sentio.training.data.DataSources#open} turns a location (local
 * path or {@code s3://}, file or directory, gzip or plain) and {@link io.sentio.training.data.LoadOptions}
 * into a {@link io.sentio.training.data.DataSource}, which streams
 * {@link io.sentio.training.data.LabelledText} rows into a {@link io.sentio.training.data.RowSink}.
 *
 * <h2>Layouts ({@code format()} names)</h2>
 * <ul>
 *   <li>{@code review-csv}: title + text + star rating, the rating mapped to a label by
 *       {@link io.sentio.training.data.RatingMapping}. Known by name: Title / Review Text / Rating
 *       (Women's clothing) and ReviewTitle / ReviewBody / ReviewStar (Amazon.in earphones); any
 *       other CSV with {@code --rating-column} and {@code --text-column}.</li>
 *   <li>{@code aclimdb}: the aclImdb tree {@code train|test/pos|neg/<id>_<rating>.txt}, as a
 *       directory, an S3 prefix, or a tar(.gz) read as a stream; label positive/negative and the
 *       official split from the directories.</li>
 *   <li>{@code aclimdb-csv}: the derived CSV with {@code split, sentiment, review}.</li>
 *   <li>{@code csv} and {@code jsonl}: any task, text and label columns named by the user; a label
 *       that is a JSON list gives its first element (or that element's {@code name}).</li>
 * </ul>
 *
 * <h2>Text</h2>
 * Every text part is stripped; several parts (title and body, or several text columns) are joined
 * so each stays its own sentence, a period added only where a part lacks terminal punctuation:
 * "Great fit" + "Runs small." gives "Great fit. Runs small.". A title alone is a usable text.
 * Nothing else is changed: HTML, entities and inner whitespace are the cleaner's business.
 *
 * <h2>Skipped rows</h2>
 * See {@link io.sentio.training.data.SkipReasons}. A row is checked for form first
 * ({@code malformed_row}, {@code bad_file_name}, {@code bad_split}), then for text
 * ({@code empty_text}), then for its label ({@code missing_label}, {@code malformed_label},
 * {@code bad_rating}, {@code unmapped_rating}); it is counted once, under the first reason.
 *
 * <h2>Identity</h2>
 * {@link io.sentio.training.data.ReadSummary#sha256()} is the sha256 of the uncompressed bytes of
 * the file read to its end, so it equals {@code gunzip -c file | sha256sum}. For a directory it
 * covers each review file's relative path and bytes, in reading order.
 */
package io.sentio.training.data;
