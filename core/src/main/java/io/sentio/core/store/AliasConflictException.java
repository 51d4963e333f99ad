package io.sentio.core.store;

import java.util.Optional;

/**
 * An alias move refused because the alias is no longer what the move was based on: someone moved it
 * in between (or it was not where the caller expected). Nothing was written.
 */
public class AliasConflictException extends StoreException {
    private final transient Optional<AliasRecord> current;

    AliasConflictException(String alias, int target, Optional<AliasRecord> current) {
        super(describe(alias, target, current));
        this.current = current;
    }

    /** The alias as it is now, read after the refusal; empty when it does not exist. */
    public Optional<AliasRecord> current() {
        return current;
    }

    private static String describe(String alias, int target, Optional<AliasRecord> current) {
        String now = current.map(r -> "it names version " + r.version() + " now (moved there by " + r.updatedBy()
                + " at " + r.updatedAt() + ": " + r.reason() + ")")
                .orElse("it does not exist now");
        return "alias '" + alias + "' was moved by someone else while this move to version " + target
                + " was under way: " + now + "; nothing changed, check it and try again";
    }
}
