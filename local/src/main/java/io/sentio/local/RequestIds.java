package io.sentio.local;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random (version 4) UUIDs for request ids, as API Gateway gives each request. From
 * {@link ThreadLocalRandom}, not {@link UUID#randomUUID()}: an id names a request, it guards
 * nothing, and SecureRandom's shared, locked generator showed up under load.
 */
final class RequestIds {
    private RequestIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0x3L << 62)) | (0x2L << 62);
        return new UUID(high, low).toString();
    }
}
