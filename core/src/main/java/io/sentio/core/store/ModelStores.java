package io.sentio.core.store;

import io.sentio.core.model.BundleDirectory;
import io.sentio.core.model.ModelBundle;
import java.time.Clock;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Opens stores and fetches bundles by URI. The S3 client is made on first use only, so local
 * work never touches AWS settings.
 */
public final class ModelStores {
    private final Supplier<S3Client> s3;
    private final Clock clock;
    private S3Client client;

    public ModelStores(Supplier<S3Client> s3, Clock clock) {
        this.s3 = s3;
        this.clock = clock;
    }

    /** S3 from the standard AWS environment, the system clock. */
    public static ModelStores fromEnvironment() {
        return new ModelStores(S3Clients::fromEnvironment, Clock.systemUTC());
    }

    /** {@code s3://bucket/prefix}, {@code file:///dir} or a plain directory path. */
    public ModelStore open(String storeUri) {
        if (S3Location.isS3(storeUri)) {
            S3Location location = S3Location.parse(storeUri);
            return new ModelStore(new S3ObjectStorage(s3Client(), location.bucket(), location.key()), clock);
        }
        return new ModelStore(new FileObjectStorage(LocalPaths.fromUriOrPath(storeUri)), clock);
    }

    /** The bundle a model URI names, not yet verified (call {@link ModelBundle#open()}). */
    public ModelBundle fetch(ModelUri uri) {
        if (uri instanceof ModelUri.StoreReference ref) {
            return open(ref.store()).load(ref.selector());
        }
        return BundleDirectory.read(((ModelUri.BundleDirectory) uri).directory());
    }

    public ModelBundle fetch(String modelUri) {
        return fetch(ModelUri.parse(modelUri));
    }

    /** The S3 client, made once. */
    public synchronized S3Client s3Client() {
        if (client == null) {
            client = s3.get();
        }
        return client;
    }
}
