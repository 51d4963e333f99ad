package io.sentio.function.lifecycle;

import io.sentio.core.model.LoadedModel;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.store.ModelStores;
import io.sentio.core.store.S3Clients;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * MODEL_URI → a verified, loaded model, through core's model stores (directory, file store or S3,
 * S3-compatible servers via AWS_ENDPOINT_URL_S3). The S3 client exists only for the fetch and is
 * closed afterwards, so no connection or credential is frozen into a SnapStart snapshot.
 */
public final class ModelLoader {
    private ModelLoader() {
    }

    public static LoadedModel load(String modelUri, Map<String, String> env, Clock clock) {
        AtomicReference<S3Client> made = new AtomicReference<>();
        ModelStores stores = new ModelStores(() -> {
            S3Client client = S3Clients.create(env);
            made.set(client);
            return client;
        }, clock);
        try {
            ModelBundle bundle = stores.fetch(modelUri);
            return bundle.open();
        } catch (RuntimeException e) {
            throw new ModelLoadException("cannot load model MODEL_URI=" + modelUri + ": " + describe(e), e);
        } finally {
            S3Client client = made.get();
            if (client != null) {
                client.close();
            }
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The bundle could not be fetched, verified or loaded; the message says which and why. */
    public static final class ModelLoadException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ModelLoadException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
