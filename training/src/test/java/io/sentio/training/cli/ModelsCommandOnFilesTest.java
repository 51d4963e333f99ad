package io.sentio.training.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The registry commands on a local store ({@code file:///…}). */
class ModelsCommandOnFilesTest extends RegistryContract {
    private static final AtomicInteger STORES = new AtomicInteger();

    @Override
    protected String newStore() {
        try {
            Path dir = Files.createDirectories(work.resolve("store-" + STORES.incrementAndGet()));
            return dir.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected String missingStore() {
        return work.resolve("no-such-store").toString();
    }

    @Override
    protected Map<String, String> env() {
        return Map.of();
    }
}
