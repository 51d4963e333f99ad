package io.sentio.training.cli;

import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.ModelBundle;
import io.sentio.training.data.LabelSetOptions;
import io.sentio.training.data.LoadOptions;
import io.sentio.core.store.ModelStore;
import io.sentio.training.eval.Evaluator;
import io.sentio.training.job.EvaluationJob;
import io.sentio.training.lifecycle.GatePolicy;
import io.sentio.training.lifecycle.GatedPublisher;
import io.sentio.training.lifecycle.QualityGate;
import io.sentio.training.prepare.Granularity;
import io.sentio.training.prepare.Review;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "publish", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Copy a local bundle into a store as a new version and print that version; optionally "
                + "move an alias (e.g. live) to it. The bundle is verified first.",
                "With --gate: score the bundle and the alias's current model on --gate-data; the new version keeps "
                + "the decision in its manifest, and the alias moves only if the bundle is not worse. Exit: 0 "
                + "promoted, " + SentioCli.GATE_REFUSED + " refused by the gate, " + SentioCli.TASK_MISMATCH
                + " candidate and live model of different tasks (single- vs multi-label; nothing stored), 1 failure, "
                + "2 usage error."})
final class PublishCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Bundle directory (output of train).")
    Path model;

    @Option(names = "--store", required = true, paramLabel = "STORE_URI",
            description = "s3://bucket/prefix or file:///dir (a plain directory path works too).")
    String store;

    @Option(names = "--alias", paramLabel = "NAME",
            description = "Alias to point at the new version, e.g. live (with --gate: default live).")
    String alias;

    @Option(names = "--reason", description = "Why, recorded with the alias move (default: ${DEFAULT-VALUE}; "
            + "with --gate the gate's decision).")
    String reason = "published";

    @Option(names = "--gate", description = "Promote only if the bundle scores at least as well as the alias's model.")
    boolean gate;

    @Option(names = "--gate-data", paramLabel = "PATH|s3://…",
            description = "Held-out labelled data both models are scored on (required with --gate; any "
                    + "supported layout).")
    String gateData;

    @Mixin
    GateOptions gateOptions;

    @Mixin
    LoaderOptions loader;

    @Mixin
    CommonOptions common;

    @ParentCommand
    SentioCli root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ModelBundle bundle = BundleDirectory.read(model);
        bundle.open();
        if (gate) {
            return gated(bundle);
        }
        ModelStore target = root.stores().open(store);
        int version = target.publish(bundle);
        common.progress(root.err()).info("published " + bundle.manifest().name() + " as version " + version + " of "
                + target.uri());
        if (alias != null) {
            target.moveAlias(alias, version, Actor.current(), reason);
            common.progress(root.err()).info("alias " + alias + " -> version " + version);
        }
        root.out().println(version);
        return SentioCli.OK;
    }

    /** A multi-label bundle is gated on label sets, read whole from the label column. */
    private LoadOptions loadOptionsFor(ModelBundle bundle) {
        LoadOptions load = loader.toLoadOptions();
        if (!bundle.manifest().decision().multiLabel() || load.labelSets().multiLabel()) {
            return load;
        }
        return load.withLabelSets(new LabelSetOptions(true, load.labelSets().separator(), load.labelSets().labelMap()));
    }

    private int gated(ModelBundle bundle) {
        if (gateData == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--gate needs --gate-data: the held-out data both models are scored on");
        }
        String target = alias != null ? alias : SentioCli.LIVE;
        GatePolicy policy = gateOptions.policy();
        ModelStore modelStore = root.stores().open(store);
        return common.withPool(pool -> {
            Granularity granularity = Enums.parse(Granularity.class, bundle.manifest().granularity(), "granularity");
            List<Review> heldOut = new EvaluationJob(root.dataSources(), pool, common.progress(root.err()))
                    .units(gateData, loadOptionsFor(bundle), granularity, Optional.empty());
            String description = gateData + " (" + heldOut.size() + " " + granularity.name().toLowerCase(Locale.ROOT)
                    + "s)";
            GatedPublisher publisher = new GatedPublisher(
                    new QualityGate(policy, new Evaluator(pool), Clock.systemUTC()), Actor.current());
            GatedPublisher.Outcome outcome = publisher.publish(modelStore, target, bundle, heldOut, description);
            root.out().println(outcome.version());
            new ResultPrinter(root.out()).gate(outcome, target);
            return outcome.promoted() ? SentioCli.OK : SentioCli.GATE_REFUSED;
        });
    }
}
