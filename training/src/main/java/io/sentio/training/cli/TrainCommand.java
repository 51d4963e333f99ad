package io.sentio.training.cli;

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
        TrainingResult result = common.withPool(pool -> new TrainingJob(root.dataSources(), pool,
                common.progress(root.err()), Clock.systemUTC()).run(options));
        new ResultPrinter(root.out()).trained(result);
        return 0;
    }

    TrainingOptions options() {
        String dataLocation = data == null ? root.defaults().data() : data;
        String modelName = training.name != null ? training.name
                : data == null ? Defaults.MODEL_NAME : Defaults.nameFrom(data);
        return training.toOptions(dataLocation, modelName, out != null ? out : root.defaults().modelDir(modelName));
    }
}
