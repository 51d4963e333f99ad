package io.sentio.training.cli;

import io.sentio.training.data.LabelSetOptions;
import io.sentio.training.data.LoadOptions;
import io.sentio.training.data.RatingMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How to read --data (and --test-data): the layout is recognised unless told. */
final class LoaderOptions {
    @Option(names = "--format", paramLabel = "LAYOUT",
            description = "Force the layout: review-csv, aclimdb, aclimdb-csv, csv, jsonl (default: recognised from the input).")
    String format;

    @Option(names = "--text-column", paramLabel = "NAME", split = ",",
            description = "Column/field holding text; repeat to join several (e.g. title then body).")
    List<String> textColumns = new ArrayList<>();

    @Option(names = "--label-column", paramLabel = "NAME",
            description = "Column/field holding the label (a JSON list takes its first element, e.g. TMDB genres; all of them with --multi-label).")
    String labelColumn;

    @Option(names = "--multi-label",
            description = "The label column holds label SETS (a JSON list, a delimited string or a JSONL array): train a multi-label model.")
    boolean multiLabel;

    @Option(names = "--label-separator", paramLabel = "SEP",
            description = "With --multi-label: separator between labels in a plain string cell (default: ${DEFAULT-VALUE}).")
    String labelSeparator = LabelSetOptions.DEFAULT_SEPARATOR;

    @Option(names = "--label-map", paramLabel = "FILE",
            description = "With --multi-label: CSV of id,name rows renaming the labels read (e.g. genre ids to names).")
    String labelMap;

    @Option(names = "--title-column", paramLabel = "NAME", description = "Review CSV: title column put before the text.")
    String titleColumn;

    @Option(names = "--rating-column", paramLabel = "NAME", description = "Review CSV: star-rating column.")
    String ratingColumn;

    @Option(names = "--ratings", paramLabel = "SPEC",
            description = "Star rating to label (default: ${DEFAULT-VALUE}).")
    String ratings = RatingMapping.DEFAULT_SPEC;

    LoadOptions toLoadOptions() {
        try {
            return new LoadOptions(Optional.ofNullable(format), textColumns, Optional.ofNullable(labelColumn),
                    Optional.ofNullable(titleColumn), Optional.ofNullable(ratingColumn), RatingMapping.parse(ratings),
                    new LabelSetOptions(multiLabel, labelSeparator, Optional.ofNullable(labelMap)));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }
}
