package io.sentio.core.store;

import java.util.List;
import java.util.Optional;

/**
 * Bytes under keys ("versions/000001/model.tribuo"), relative to a store's root. The model store
 * is written once on top of this; a local directory and an S3 prefix are its two implementations.
 *
 * <p>Two of the writes are conditional, and each is one atomic compare-and-set: of two writers
 * racing on one key, at most one succeeds. The model store claims version numbers with
 * {@link #putIfAbsent} and moves aliases with {@link #replaceIf}.
 */
public interface ObjectStorage {

    Optional<byte[]> get(String key);

    /** The object and the tag of this revision of it, for a later {@link #replaceIf}. */
    Optional<Revision> read(String key);

    /** Replaces the object atomically for readers: they see the old bytes or the new, never a mix. */
    void put(String key, byte[] bytes);

    /** Writes only when nothing is at the key yet; false when something was. Atomic, like {@link #put}. */
    boolean putIfAbsent(String key, byte[] bytes);

    /**
     * Replaces the object only while it is still the revision {@code tag} names (from {@link #read});
     * false when it was replaced or removed since. Atomic, like {@link #put}.
     */
    boolean replaceIf(String key, String tag, byte[] bytes);

    /** Keys that start with the prefix, sorted. */
    List<String> list(String prefix);

    /** The store's URI, for messages. */
    String uri();

    /**
     * One revision of an object: its bytes and a tag that changes whenever they do (S3's ETag; a
     * SHA-256 of the bytes on a directory).
     */
    record Revision(byte[] bytes, String tag) {
    }
}
