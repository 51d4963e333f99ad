package io.sentio.training.cli;

import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.store.ModelStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "publish", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Copy a local bundle into a store as a new version and print that version;",
                "optionally move an alias (e.g. live) to it. The bundle is verified first."})
final class PublishCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Bundle directory (output of train).")
    Path model;

    @Option(names = "--store", required = true, paramLabel = "STORE_URI",
            description = "s3://bucket/prefix or file:///dir (a plain directory path works too).")
    String store;

    @Option(names = "--alias", paramLabel = "NAME", description = "Alias to point at the new version, e.g. live.")
    String alias;

    @Option(names = "--reason", description = "Why, recorded with the alias move (default: ${DEFAULT-VALUE}).")
    String reason = "published";

    @Mixin
    CommonOptions common;

    @ParentCommand
    SentioCli root;

    @Override
    public Integer call() {
        ModelBundle bundle = BundleDirectory.read(model);
        bundle.open();
        ModelStore target = root.stores().open(store);
        int version = target.publish(bundle);
        common.progress(root.err()).info("published " + bundle.manifest().name() + " as version " + version + " of "
                + target.uri());
        if (alias != null) {
            target.moveAlias(alias, version, Actor.current(), reason);
            common.progress(root.err()).info("alias " + alias + " -> version " + version);
        }
        root.out().println(version);
        return 0;
    }
}
