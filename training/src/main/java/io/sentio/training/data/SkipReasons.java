package io.sentio.training.data;

/** The {@link RowSink#skip} keys the loaders use; stable, since they end up in manifests and logs. */
public final class SkipReasons {
    /** No text left after stripping (and after joining title and body). */
    public static final String EMPTY_TEXT = "empty_text";
    /** The label cell is empty, or a JSON list of labels is empty ({@code []}). */
    public static final String MISSING_LABEL = "missing_label";
    /** A label cell that looks like JSON ({@code [} or <code>{</code>) but does not parse. */
    public static final String MALFORMED_LABEL = "malformed_label";
    /** Multi-label with a label map: a label the map does not name (e.g. an unknown genre id). */
    public static final String UNMAPPED_LABEL = "unmapped_label";
    /** Star rating missing, not a whole number, or off the mapping's scale. */
    public static final String BAD_RATING = "bad_rating";
    /** Star rating on the scale but in a gap the mapping leaves on purpose (e.g. 3 in a binary mapping). */
    public static final String UNMAPPED_RATING = "unmapped_rating";
    /** A CSV record with the wrong number of fields, or a JSONL line that is not a JSON object. */
    public static final String MALFORMED_ROW = "malformed_row";
    /** An aclImdb review file not named {@code <id>_<rating>.txt}. */
    public static final String BAD_FILE_NAME = "bad_file_name";
    /** An aclImdb CSV row whose {@code split} is neither train nor test. */
    public static final String BAD_SPLIT = "bad_split";

    private SkipReasons() {
    }
}
