package io.sentio.training.cli;

import io.sentio.core.model.Classifier;
import io.sentio.core.score.Locations;
import io.sentio.core.store.S3Clients;
import io.sentio.training.drift.DriftJob;
import io.sentio.training.drift.DriftReport;
import io.sentio.training.drift.DriftThresholds;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "drift", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Compare data with the baseline a model was trained with, and say whether it drifted.",
                "Signals: unknown-term share, confidence distribution (PSI), predicted label mix (Jensen-Shannon)"
                        + " and, for labelled data, macro-F1 against the bundle's.",
                "Data without labels is checked on the other signals; the report says metrics were not compared.",
                "Exit code: 0 no drift, " + SentioCli.DRIFT + " drift, 1 failure, 2 usage error."})
final class DriftCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "URI",
            description = "Bundle directory or STORE_URI@ALIAS_OR_VERSION (default: models/reviews).")
    String model;

    @Option(names = "--data", required = true, paramLabel = "PATH|s3://…",
            description = "The data to check: any layout train reads; without labels, CSV, JSONL or one text per line"
                    + " (gzip; a file, a directory or an S3 prefix of parts), as score reads it.")
    String data;

    @Mixin
    LoaderOptions loader;

    @Option(names = "--sample", paramLabel = "N",
            description = "Check a seeded sample of N texts (default: ${DEFAULT-VALUE}, all).")
    int sample = 0;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the sample (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--threshold-unknown-terms", paramLabel = "X",
            description = "Largest rise of the mean unknown-term share, absolute (default: ${DEFAULT-VALUE}).")
    double unknownTerms = DriftThresholds.defaults().unknownTermShare();

    @Option(names = "--threshold-confidence-psi", paramLabel = "X",
            description = "Largest population stability index of the confidence histogram (default: ${DEFAULT-VALUE}).")
    double confidencePsi = DriftThresholds.defaults().confidencePsi();

    @Option(names = "--threshold-label-mix", paramLabel = "X",
            description = "Largest Jensen-Shannon divergence (bits) of the predicted label mix (default: ${DEFAULT-VALUE}).")
    double labelMix = DriftThresholds.defaults().labelMix();

    @Option(names = "--threshold-macro-f1-drop", paramLabel = "X",
            description = "Largest fall of macro-F1 below the bundle's, for labelled data (default: ${DEFAULT-VALUE}).")
    double macroF1Drop = DriftThresholds.defaults().macroF1Drop();

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @Mixin
    CommonOptions common;

    @ParentCommand
    SentioCli root;

    @Override
    public Integer call() throws Exception {
        DriftThresholds thresholds = thresholds();
        if (sample < 0) {
            throw new CliException("--sample must be 0 (all) or more, was " + sample);
        }
        Classifier classifier = new Classifier(root.stores()
                .fetch(model == null ? root.defaults().model() : model).open());
        DriftJob.baselineOf(classifier.manifest()); // a bundle without one fails before any data is read
        DriftReport report = common.withPool(pool -> new DriftJob(root.dataSources(),
                new Locations(() -> S3Clients.create(root.env())), pool,
                common.progress(root.err())).run(classifier, data, loader.toLoadOptions(), sample, seed, thresholds));
        DriftPrinter printer = new DriftPrinter(root.out());
        if (json) {
            printer.json(report, classifier.manifest(), data);
        } else {
            printer.text(report, classifier.manifest(), data);
        }
        return report.drift() ? SentioCli.DRIFT : SentioCli.OK;
    }

    private DriftThresholds thresholds() {
        try {
            return new DriftThresholds(unknownTerms, confidencePsi, labelMix, macroF1Drop);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }
}
