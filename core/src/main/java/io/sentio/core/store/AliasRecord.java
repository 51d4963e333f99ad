package io.sentio.core.store;

import java.time.Instant;
import java.util.List;

/**
 * Where an alias points, who moved it there, when and why, and where it pointed before (newest
 * first), so a rollback knows its target.
 */
public record AliasRecord(String alias, int version, Instant updatedAt, String updatedBy, String reason,
        List<AliasMove> history) {

    public AliasRecord {
        history = List.copyOf(history);
    }

    /** One earlier position of the alias. */
    public record AliasMove(int version, Instant updatedAt, String updatedBy, String reason) {
    }

    AliasMove asMove() {
        return new AliasMove(version, updatedAt, updatedBy, reason);
    }
}
