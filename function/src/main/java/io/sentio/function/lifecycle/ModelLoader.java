package io.sentio.function.lifecycle;

import io.sentio.core.model.LoadedModel;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.store.ModelStores;
import io.sentio.core.store.S3Clients;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    /** A loaded model and how long fetching, verifying and deserialising it took. */
    public record Loaded(LoadedModel model, double millis) {
    }

    /**
     * Starts loading on a thread of its own, so that the rest of init (log4j alone takes a few
     * hundred milliseconds) runs alongside the fetch and deserialisation; {@link #await} the result.
     */
    public static CompletableFuture<Loaded> loadInBackground(String modelUri, Map<String, String> env, Clock clock) {
        CompletableFuture<Loaded> result = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                long started = System.nanoTime();
                LoadedModel model = load(modelUri, env, clock);
                result.complete(new Loaded(model, (System.nanoTime() - started) / 1e6));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "model-loader");
        loader.setDaemon(true);
        loader.start();
        return result;
    }

    /** The background load's result; its failure rethrown as it happened (a {@link ModelLoadException}). */
    public static Loaded await(CompletableFuture<Loaded> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
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
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new ModelLoadException("cannot load model MODEL_URI=" + modelUri + ": " + describe(e), e);
        } finally {
            S3Client client = made.get();
            if (client != null) {
                client.close();
            }
        }
    }

    /** The message, plus the root cause when it says something the message does not (e.g. out of memory). */
    static String describe(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e && (root.getMessage() == null || !message.contains(root.getMessage()))) {
            message += " (cause: " + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
        }
        return message;
    }

    /** The bundle could not be fetched, verified or loaded; the message says which and why. */
    public static final class ModelLoadException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ModelLoadException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
