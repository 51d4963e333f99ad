package io.sentio.training.cli;

import io.sentio.training.job.MultiLabelTrainingResult;
import io.sentio.training.job.TrainingJob;
import io.sentio.training.job.TrainingOptions;
import io.sentio.training.job.TrainingResult;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "train", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Train a text classifier and write its bundle (model.tribuo, vocabulary, manifest.json),",
                "evaluation.json and evaluation.html. With no arguments: the review-sentiment model on the embedded",
                "clothing reviews (data/), written to models/reviews."})
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "PATH|s3://…",
            description = "Labelled data: review CSV, aclImdb directory or .tar.gz, CSV or JSONL; gzip is read transparently (default: the embedded clothing reviews).")
    String data;

    @Mixin
    TrainingFlags training;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: models/<name>).")
    Path out;

    @Mixin
    CommonOptions common;

    @ParentCommand
    SentioCli root;

    @Override
    public Integer call() {
        TrainingOptions options = options();
        if (options.multiLabel()) {
            refuseSingleLabelOnly(options);
            MultiLabelTrainingResult result = common.withPool(pool -> new TrainingJob(root.dataSources(),
                    pool, common.progress(root.err()), Clock.systemUTC()).runMultiLabel(options));
            new ResultPrinter(root.out()).trained(result);
            return 0;
        }
        TrainingResult result = common.withPool(pool -> new TrainingJob(root.dataSources(), pool,
                common.progress(root.err()), Clock.systemUTC()).run(options));
        new ResultPrinter(root.out()).trained(result);
        return 0;
    }

    /** Options of single-label training that a multi-label run would otherwise silently ignore. */
    private void refuseSingleLabelOnly(TrainingOptions options) {
        if (options.tune().isPresent()) {
            throw new CliException("--tune is for single-label models; --multi-label tunes its thresholds on validation");
        }
        if (options.model() != io.sentio.training.train.ModelKind.LOGISTIC) {
            throw new CliException("--multi-label trains a logistic model per label; --model " + options.model().id()
                    + " is for single-label models");
        }
    }

    TrainingOptions options() {
        String dataLocation = data == null ? root.defaults().data() : data;
        String modelName = training.name != null ? training.name
                : data == null ? Defaults.MODEL_NAME : Defaults.nameFrom(data);
        return training.toOptions(dataLocation, modelName, out != null ? out : root.defaults().modelDir(modelName));
    }
}
