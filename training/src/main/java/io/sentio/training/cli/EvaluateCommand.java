package io.sentio.training.cli;

import io.sentio.core.model.Classifier;
import io.sentio.training.data.Split;
import io.sentio.training.data.LabelSetOptions;
import io.sentio.training.data.LoadOptions;
import io.sentio.training.eval.Evaluation;
import io.sentio.training.eval.MultiLabelEvaluation;
import io.sentio.training.eval.EvaluationFiles;
import io.sentio.training.job.EvaluationJob;
import io.sentio.training.prepare.Granularity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "evaluate", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Score a trained model on labelled data (e.g. another domain's reviews).")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "URI",
            description = "Bundle directory or STORE_URI@ALIAS_OR_VERSION (default: models/reviews).")
    String model;

    @Option(names = "--data", required = true, paramLabel = "PATH|s3://…", description = "Labelled data, any supported layout.")
    String data;

    @Mixin
    LoaderOptions loader;

    @Option(names = "--granularity", paramLabel = "review|sentence", description = "Default: the model's own.")
    String granularity;

    @Option(names = "--split", paramLabel = "all|train|test",
            description = "With data that has an official split (aclImdb): which side to use (default: ${DEFAULT-VALUE}).")
    String split = "all";

    @Option(names = "--out", paramLabel = "DIR", description = "Also write evaluation.json and evaluation.html here.")
    Path out;

    @Mixin
    CommonOptions common;

    @ParentCommand
    SentioCli root;

    @Override
    public Integer call() {
        Classifier classifier = new Classifier(root.stores()
                .fetch(model == null ? root.defaults().model() : model).open());
        Granularity unit = Enums.parse(Granularity.class,
                granularity == null ? classifier.manifest().granularity() : granularity, "--granularity");
        Optional<Split> only = split.equalsIgnoreCase("all") ? Optional.empty()
                : Optional.of(Enums.parse(Split.class, split, "--split"));
        if (classifier.manifest().decision().multiLabel()) {
            return evaluateSets(classifier, unit, only);
        }
        Evaluation e = common.withPool(pool -> new EvaluationJob(root.dataSources(), pool,
                common.progress(root.err())).run(classifier, data, loader.toLoadOptions(), unit, only));
        new ResultPrinter(root.out()).evaluation(e);
        if (out != null) {
            write(e, classifier.manifest().name());
        }
        return 0;
    }

    /** A multi-label model: its data's label column holds sets, read as with {@code train --multi-label}. */
    private int evaluateSets(Classifier classifier, Granularity unit, Optional<Split> only) {
        LoadOptions load = loader.toLoadOptions();
        if (!load.labelSets().multiLabel()) {
            load = load.withLabelSets(new LabelSetOptions(true, load.labelSets().separator(), load.labelSets().labelMap()));
        }
        LoadOptions sets = load;
        MultiLabelEvaluation e = common.withPool(pool -> new EvaluationJob(root.dataSources(), pool,
                common.progress(root.err())).runSets(classifier, data, sets, unit, only));
        new ResultPrinter(root.out()).evaluation(e);
        if (out != null) {
            try {
                EvaluationFiles.write(out, classifier.manifest().name(), e);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write the evaluation to " + out + ": " + ex.getMessage(), ex);
            }
        }
        return 0;
    }

    private void write(Evaluation e, String name) {
        try {
            EvaluationFiles.write(out, name, e);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the evaluation to " + out + ": " + ex.getMessage(), ex);
        }
    }
}
