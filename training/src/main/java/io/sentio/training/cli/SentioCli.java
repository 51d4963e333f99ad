package io.sentio.training.cli;

import io.sentio.contract.CliExitCodes;
import io.sentio.core.model.ModelBundleException;
import io.sentio.core.score.ScoreException;
import io.sentio.core.store.StoreException;
import io.sentio.training.data.DataFormatException;
import io.sentio.core.store.ModelStores;
import io.sentio.core.store.S3Clients;
import io.sentio.training.data.DataSources;
import io.sentio.training.data.InputOpener;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Arrays;
import java.util.Optional;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sentio}: train, evaluate, predict, publish, retrain, models, drift, score. */
@Command(name = "sentio", mixinStandardHelpOptions = true, version = "sentio 0.1.0",
        description = "Train, evaluate, use and publish Sentio text classifiers; retrain and manage published "
                + "versions.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, PredictCommand.class, PublishCommand.class,
                RetrainCommand.class, ModelsCommand.class, DriftCommand.class, ScoreCommand.class})
public final class SentioCli implements Runnable {
    /** Exit code of a run that did what was asked (for a gated publish or retrain: the candidate was promoted). */
    public static final int OK = CliExitCodes.OK;
    /** Exit code of a run that failed on bad input or a bad environment; no alias was moved. */
    public static final int FAILED = CliExitCodes.FAILED;
    /**
     * Exit code of a command line picocli could not parse (unknown option, missing value): picocli's
     * own, which the contract repeats (a test holds them equal).
     */
    public static final int USAGE = CliExitCodes.USAGE;
    /**
     * Exit code of {@code publish --gate} and {@code retrain} when the quality gate refused the
     * candidate: it was stored as a new version, the alias did not move.
     */
    public static final int GATE_REFUSED = CliExitCodes.GATE_REFUSED;
    /**
     * Exit code of {@code models rollback --expect-version N} when the alias no longer names version
     * N (someone moved it since): it was left where it is, nothing moved.
     */
    public static final int ALIAS_MOVED = CliExitCodes.ALIAS_MOVED;
    /**
     * Exit code of {@code publish --gate} and {@code retrain} when the candidate and the live model are of different
     * tasks (single-label vs multi-label): nothing was stored, the alias did not move.
     */
    public static final int TASK_MISMATCH = CliExitCodes.TASK_MISMATCH;
    /** Exit code of {@code drift} when the data drifted from the model's baseline (0: it did not). */
    public static final int DRIFT = CliExitCodes.DRIFT;
    /** The alias serving reads, and the default of every command that moves one. */
    public static final String LIVE = "live";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> env;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    /** @param env the process environment (AWS settings, SENTIO_HOME); a map in tests */
    public SentioCli(Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        this.env = Map.copyOf(env);
        this.in = in;
        this.out = out;
        this.err = err;
    }

    InputStream in() {
        return in;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    Map<String, String> env() {
        return env;
    }

    Defaults defaults() {
        return new Defaults(env);
    }

    ModelStores stores() {
        return new ModelStores(() -> S3Clients.create(env), Clock.systemUTC());
    }

    DataSources dataSources() {
        return new DataSources(new InputOpener(() -> S3Clients.create(env)));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: train, evaluate, predict, publish, retrain, models, drift, score");
    }

    public static void main(String[] args) {
        System.exit(execute(System.getenv(), args));
    }

    public static int execute(Map<String, String> env, String... args) {
        return execute(env, System.in, System.out, System.err, args);
    }

    public static int execute(Map<String, String> env, InputStream in, PrintStream out, PrintStream err,
            String... args) {
        CommandLine cli = new CommandLine(new SentioCli(env, in, out, err));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        boolean verbose = Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, verbose, err));
        try {
            Optional<Path> config = ConfigFile.findIn(args);
            if (config.isPresent()) {
                ConfigFile file = ConfigFile.read(config.get());
                file.checkKnown(cli);
                cli.setDefaultValueProvider(file);
            }
        } catch (CliException e) {
            return report(e, verbose, err);
        }
        return cli.execute(args);
    }

    /** One line for what the user can fix; the stack trace only when asked for. */
    private static int report(Exception e, boolean verbose, PrintStream err) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        boolean expected = e instanceof CliException || e instanceof DataFormatException
                || e instanceof ModelBundleException || e instanceof StoreException || e instanceof ScoreException
                || e instanceof IllegalArgumentException || e instanceof UncheckedIOException;
        err.println("error: " + (expected ? message : "unexpected failure: " + message));
        if (verbose || !expected) {
            e.printStackTrace(err);
        }
        return e instanceof io.sentio.training.lifecycle.QualityGate.TaskMismatch ? TASK_MISMATCH : FAILED;
    }
}
