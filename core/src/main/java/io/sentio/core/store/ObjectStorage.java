package io.sentio.core.store;

import java.util.List;
import java.util.Optional;

/**
 * Bytes under keys ("versions/000001/model.tribuo"), relative to a store's root. The model store
 * is written once on top of this; a local directory and an S3 prefix are its two implementations.
 */
public interface ObjectStorage {

    Optional<byte[]> get(String key);

    /** Replaces the object atomically for readers: they see the old bytes or the new, never a mix. */
    void put(String key, byte[] bytes);

    /** Writes only when nothing is at the key yet; false when something was. */
    boolean putIfAbsent(String key, byte[] bytes);

    /** Keys that start with the prefix, sorted. */
    List<String> list(String prefix);

    /** The store's URI, for messages. */
    String uri();
}
