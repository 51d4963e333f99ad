package io.sentio.training.parallel;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Runs work on the --threads pool and waits for it: parallel streams started inside a pool's task
 * use that pool, not the common one. A failure surfaces as itself, so a clear error (a bad bundle,
 * a bad row) keeps its message.
 */
public final class OnPool {
    private OnPool() {
    }

    /** @param what the work, for the message when it fails with a checked exception */
    public static <T> T call(ForkJoinPool pool, String what, Callable<T> work) {
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    public static void run(ForkJoinPool pool, String what, Runnable work) {
        call(pool, what, () -> {
            work.run();
            return null;
        });
    }
}
