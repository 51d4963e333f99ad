package io.sentio.core.score;

import java.util.List;
import java.util.Locale;

/**
 * Where a part's results go, named after the part: {@code in/2024/reviews-0001.csv.gz} gives
 * {@code out/2024/reviews-0001.jsonl.gz} and its counts {@code out/_parts/2024/reviews-0001.json};
 * the run's summary is {@code out/_summary.json}. Names starting with '_' or '.' are never parts,
 * so a summary, a marker file or a temporary file is not read as input.
 */
public final class PartNames {
    public static final String SUMMARY = "_summary.json";
    public static final String PART_SUMMARIES = "_parts/";
    private static final String GZ = ".gz";
    private static final List<String> DATA_EXTENSIONS = List.of(".csv", ".jsonl", ".ndjson", ".json", ".txt", ".tsv");

    private PartNames() {
    }

    /** Whether a relative name can be an input part: no segment starts with '_' or '.'. */
    public static boolean isPart(String relativeName) {
        for (String segment : relativeName.split("/")) {
            if (segment.isEmpty() || segment.startsWith("_") || segment.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** The output part of an input part: same base name, {@code .jsonl}, gzip when the input's name was. */
    public static String output(String inputName) {
        return base(inputName) + ".jsonl" + (isGzipName(inputName) ? GZ : "");
    }

    /**
     * The output part of the rows of {@code fileName} from {@code firstRow} on, when one large file is
     * scored in batches: {@code big.csv} from row 1001 gives {@code big-000000001001.jsonl}, so the
     * parts sort, and concatenate, in input order.
     */
    public static String rowBatch(String fileName, long firstRow) {
        return rowBatchBase(fileName, firstRow) + ".jsonl";
    }

    /** Where the counts of {@link #rowBatch} are kept, relative to the output prefix. */
    public static String rowBatchSummary(String fileName, long firstRow) {
        return PART_SUMMARIES + rowBatchBase(fileName, firstRow) + ".json";
    }

    private static String rowBatchBase(String fileName, long firstRow) {
        String file = fileName.substring(fileName.lastIndexOf('/') + 1);
        return base(file) + "-%012d".formatted(firstRow);
    }

    /** Where a part's counts are kept, relative to the output prefix. */
    public static String partSummary(String inputName) {
        return PART_SUMMARIES + base(inputName) + ".json";
    }

    public static boolean isGzipName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(GZ);
    }

    static String withoutCompression(String name) {
        return isGzipName(name) ? name.substring(0, name.length() - GZ.length()) : name;
    }

    static String base(String inputName) {
        String name = withoutCompression(inputName);
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : DATA_EXTENSIONS) {
            if (lower.endsWith(extension)) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }
}
