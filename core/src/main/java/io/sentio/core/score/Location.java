package io.sentio.core.score;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * A local directory or an S3 prefix holding parts, under relative names ("2024/reviews-0001.csv").
 * An output is written under a temporary name and only then given its own (rename; upload), so a
 * part that was interrupted never looks complete and "its output exists" means "it is complete".
 */
public sealed interface Location permits LocalDirectory, S3Prefix {

    /** Every name below {@code under} ("" for all, "_parts/" for the part summaries), sorted. */
    List<String> list(String under);

    /** The input parts below this location, sorted; names with a segment starting '_' or '.' are left out. */
    default List<String> parts() {
        return list("").stream().filter(PartNames::isPart).toList();
    }

    InputStream open(String name);

    boolean exists(String name);

    /** The stored size of a part in bytes (compressed, if it is), for progress. */
    long size(String name);

    /** An output being written; nothing is visible under {@code name} before {@link Pending#commit()}. */
    Pending create(String name);

    Optional<byte[]> read(String name);

    /** Writes a small object whole (a summary); readers see the old bytes or the new. */
    void write(String name, byte[] bytes);

    /** The URI of a name, for messages and summaries. */
    String uri(String name);

    /** An output in the making. */
    interface Pending extends AutoCloseable {
        OutputStream stream();

        /** Publishes the bytes written under the output's name, replacing what was there. */
        void commit();

        /** Drops the bytes unless committed; safe to call after {@link #commit()}. */
        @Override
        void close();
    }
}
