package io.sentio.core.store;

import java.util.concurrent.ThreadLocalRandom;

/** Short random pauses, growing with the attempt, so callers retrying the same thing do not collide again. */
final class Backoff {
    private Backoff() {
    }

    static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * Math.min(attempt, 10) + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to retry", e);
        }
    }
}
