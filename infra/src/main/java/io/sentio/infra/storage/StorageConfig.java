package io.sentio.infra.storage;

import io.sentio.infra.config.ContextValues;

/**
 * Model bucket settings.
 *
 * @param noncurrentVersionDays context {@code noncurrentVersionDays}, default 30: how long an
 *     overwritten or deleted object (an old alias record, a replaced data file) stays recoverable
 * @param accessLogDays context {@code accessLogDays}, default 90: how long S3 server access logs
 *     of the model bucket are kept
 */
public record StorageConfig(int noncurrentVersionDays, int accessLogDays) {

    public static final StorageConfig DEFAULTS = new StorageConfig(30, 90);

    public static StorageConfig from(ContextValues context) {
        return new StorageConfig(
                context.integer("noncurrentVersionDays", DEFAULTS.noncurrentVersionDays(), 1, 3650),
                context.integer("accessLogDays", DEFAULTS.accessLogDays(), 1, 3650));
    }
}
