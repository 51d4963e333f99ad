package io.sentio.training.data;

/** A labelled data set in one recognised layout, read in one streaming pass. */
public interface DataSource {

    /** The layout recognised, for the user, e.g. "review CSV (Title + Review Text, label from Rating)". */
    String layout();

    /** Short stable name of the layout for the manifest: review-csv, aclimdb, aclimdb-csv, csv, jsonl. */
    String format();

    /** Streams every row into the sink; never holds the whole data set in memory. */
    ReadSummary read(RowSink sink);
}
