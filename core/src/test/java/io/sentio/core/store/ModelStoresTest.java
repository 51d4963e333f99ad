package io.sentio.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.testing.S3TestServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

class ModelStoresTest {
    @RegisterExtension
    static final S3TestServer S3 = new S3TestServer();

    private static final ModelBundle BUNDLE = ModelStoreContract.BUNDLE;
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Supplier<S3Client> NO_S3 = () -> {
        throw new AssertionError("local work must not build an S3 client");
    };

    @Test
    void fetchesABundleDirectory(@TempDir Path dir) throws Exception {
        BundleDirectory.write(BUNDLE, dir.resolve("bundle"));
        ModelStores stores = new ModelStores(NO_S3, CLOCK);

        assertThat(stores.fetch(dir.resolve("bundle").toString()).manifest()).isEqualTo(BUNDLE.manifest());
        assertThat(stores.fetch(dir.resolve("bundle").toUri().toString()).manifest()).isEqualTo(BUNDLE.manifest());
    }

    @Test
    void fetchesFromAFileStoreByAliasAndByVersion(@TempDir Path dir) {
        ModelStores stores = new ModelStores(NO_S3, CLOCK);
        String storeUri = dir.resolve("models/reviews").toUri().toString();
        ModelStore store = stores.open(storeUri);
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        store.moveAlias("live", 1, "alice", "first");

        assertThat(stores.fetch(storeUri + "@live").manifest().version()).isEqualTo("1");
        assertThat(stores.fetch(storeUri + "@2").manifest().version()).isEqualTo("2");
        assertThat(stores.open(storeUri).alias("live").orElseThrow().updatedAt()).isEqualTo(NOW);
        // A plain path names the same store.
        assertThat(stores.fetch(dir.resolve("models/reviews") + "@live").open().manifest().version()).isEqualTo("1");
    }

    @Test
    void fetchesFromAnS3StoreThroughAClientBuiltFromTheEnvironment() {
        String bucket = S3.newBucket();
        AtomicInteger clientsMade = new AtomicInteger();
        ModelStores stores = new ModelStores(() -> {
            clientsMade.incrementAndGet();
            return S3Clients.create(S3.environment());
        }, CLOCK);
        String storeUri = "s3://" + bucket + "/models/reviews";
        ModelStore store = stores.open(storeUri);
        store.publish(BUNDLE);
        store.publish(BUNDLE);
        store.moveAlias("live", 2, "alice", "second is better");

        ModelBundle live = stores.fetch(storeUri + "@live");
        ModelBundle first = stores.fetch(storeUri + "@1");

        assertThat(live.manifest().version()).isEqualTo("2");
        assertThat(live.open().manifest().name()).isEqualTo(BUNDLE.manifest().name());
        assertThat(first.manifest().version()).isEqualTo("1");
        assertThat(clientsMade).as("one client, made on first use").hasValue(1);
        assertThat(S3.client().listObjectsV2(b -> b.bucket(bucket).prefix("models/reviews/aliases/")).contents())
                .extracting(o -> o.key()).containsExactly("models/reviews/aliases/live.json");
    }

    @Test
    void anUnknownAliasInAnS3StoreIsAStoreError() {
        String bucket = S3.newBucket();
        ModelStores stores = new ModelStores(() -> S3Clients.create(S3.environment()), CLOCK);

        assertThatThrownBy(() -> stores.fetch("s3://" + bucket + "/models/reviews@live"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no alias 'live' in s3://" + bucket + "/models/reviews");
    }

    @Test
    void anS3UriWithoutSelectorIsRefusedBeforeAnyClientIsMade() {
        ModelStores stores = new ModelStores(NO_S3, CLOCK);

        assertThatThrownBy(() -> stores.fetch("s3://bucket/models/reviews"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@live");
    }
}
