package io.sentio.core.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Gets several objects at once. A bundle is a handful of objects and on S3 each is a round trip;
 * fetched one after another they add up in the Lambda's cold start.
 */
final class ParallelFetch {
    private ParallelFetch() {
    }

    /** Every key's bytes, or empty where nothing is stored; in the order of the keys. */
    static Map<String, Optional<byte[]>> get(ObjectStorage storage, List<String> keys) {
        Map<String, Optional<byte[]>> results = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, keys.size()), runnable -> {
            Thread thread = new Thread(runnable, "sentio-fetch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Future<Optional<byte[]>>> pending = new LinkedHashMap<>();
            for (String key : keys) {
                pending.put(key, pool.submit(() -> storage.get(key)));
            }
            for (Map.Entry<String, Future<Optional<byte[]>>> p : pending.entrySet()) {
                results.put(p.getKey(), p.getValue().get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while reading " + storage.uri(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new StoreException("cannot read " + storage.uri() + ": " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
