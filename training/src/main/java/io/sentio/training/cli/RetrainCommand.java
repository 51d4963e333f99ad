package io.sentio.training.cli;

import io.sentio.contract.TrainingEnvironment;
import io.sentio.training.lifecycle.RetrainJob;
import io.sentio.training.lifecycle.RetrainRecord;
import io.sentio.training.lifecycle.RetrainRequest;
import io.sentio.training.progress.Progress;
import io.sentio.training.telemetry.JobLog;
import io.sentio.training.telemetry.JobLogProgress;
import io.sentio.training.telemetry.JobMetrics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "retrain", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"The retraining job (the Batch job's entrypoint): train on --data, score the candidate and "
                + "the alias's model on the new run's test split, store the candidate as a new version with the "
                + "decision in its manifest, and move the alias only if the candidate is not worse. Writes "
                + "<store>/retrain/latest.json, EMF metrics on stdout and JSON log lines on stderr.",
                "Exit: 0 promoted (also the first model), " + SentioCli.GATE_REFUSED + " refused by the gate "
                        + "(version kept, alias unchanged), " + SentioCli.TASK_MISMATCH + " the live model answers the other "
                        + "task (label sets or one label: --multi-label; refused before training, nothing stored), "
                        + "1 failure (alias unchanged), 2 usage error."})
final class RetrainCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "PATH|s3://…",
            description = "Labelled data to train on, any supported layout (required; " + TrainingEnvironment.DATA_URI
                    + " in the image).")
    String data;

    @Option(names = "--store", paramLabel = "STORE_URI",
            description = "s3://bucket/prefix or file:///dir (required; " + TrainingEnvironment.STORE_URI
                    + " in the image).")
    String store;

    @Option(names = "--alias", paramLabel = "NAME",
            description = "Alias the gate compares with and moves (default: ${DEFAULT-VALUE}).")
    String alias = SentioCli.LIVE;

    @Mixin
    GateOptions gate;

    @Mixin
    TrainingFlags training;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also keep the trained bundle and its evaluation here (default: a temporary directory, "
                    + "removed).")
    Path out;

    @Mixin
    CommonOptions common;

    @ParentCommand
    SentioCli root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        require(data, "--data", TrainingEnvironment.DATA_URI);
        require(store, "--store", TrainingEnvironment.STORE_URI);
        Clock clock = Clock.systemUTC();
        JobLog log = new JobLog(common.verbose);
        Progress progress = common.quiet ? Progress.silent() : new JobLogProgress(log, clock);
        RetrainRequest request = new RetrainRequest(data, store, alias, training::toOptions,
                Optional.ofNullable(training.name), Defaults.nameFrom(data), Optional.ofNullable(out), gate.policy());
        return common.withPool(pool -> {
            RetrainRecord record = new RetrainJob(root.stores(), root.dataSources(), pool, progress, log,
                    new JobMetrics(root.out(), clock), clock, Actor.current()).run(request);
            new ResultPrinter(root.out()).retrained(record);
            return RetrainRecord.PROMOTED.equals(record.status()) ? SentioCli.OK : SentioCli.GATE_REFUSED;
        });
    }

    private void require(String value, String option, String variable) {
        if (value == null || value.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing required option: '" + option + "' (or " + variable + " in the training image)");
        }
    }
}
