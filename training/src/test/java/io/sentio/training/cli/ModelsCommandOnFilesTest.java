package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

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

    @Test
    void aVersionWithAnUnreadableManifestIsListedWithTheErrorAndTheOthersStillShow() throws Exception {
        publish(2);
        Files.writeString(Path.of(java.net.URI.create(store)).resolve("versions/000002/manifest.json"), "{broken");

        CliRun run = models("list");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains("registry-test");
        assertThat(lines[2]).matches("\\s+2  unreadable: .*manifest of version 2.*");
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
