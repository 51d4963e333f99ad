package io.sentio.training.cli;

import io.sentio.core.store.LocalPaths;
import io.sentio.core.store.ModelStore;
import io.sentio.core.store.S3Location;
import java.nio.file.Files;
import picocli.CommandLine.Option;

/** {@code --store STORE_URI} of the registry commands, which read an existing store. */
final class StoreOption {
    @Option(names = "--store", required = true, paramLabel = "STORE_URI",
            description = "s3://bucket/prefix or file:///dir (a plain directory path works too).")
    String store;

    /** The store; a local one must exist (an S3 one that cannot be reached fails on first use). */
    ModelStore open(SentioCli root) {
        if (!S3Location.isS3(store) && !Files.isDirectory(LocalPaths.fromUriOrPath(store))) {
            throw new CliException("no model store at " + store + ": no such directory");
        }
        return root.stores().open(store);
    }
}
