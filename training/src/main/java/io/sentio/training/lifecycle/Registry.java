package io.sentio.training.lifecycle;

import io.sentio.core.model.GateDecision;
import io.sentio.core.model.Manifest;
import io.sentio.core.store.AliasConflictException;
import io.sentio.core.store.AliasRecord;
import io.sentio.core.store.ModelStore;
import io.sentio.core.store.StoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of a store as a person asks about them: what each is, how good, whether the gate let
 * it through, and which aliases point at it. Moves go through {@link ModelStore}, which records
 * who, when and why.
 */
public final class Registry {
    /** How often a guarded rollback checks again after a racing move put the alias back on the expected version. */
    private static final int RECHECKS = 5;

    private final ModelStore store;

    public Registry(ModelStore store) {
        this.store = store;
    }

    /** Every complete version, oldest first; one whose manifest cannot be read is listed with the error. */
    public Listing list() {
        Map<String, AliasRecord> aliases = store.aliases();
        List<Entry> entries = new ArrayList<>();
        for (int version : store.versions()) {
            try {
                entries.add(Entry.of(version, store.manifest(version), aliases));
            } catch (StoreException e) {
                entries.add(new Entry(version, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), pointingAt(version, aliases),
                        Optional.of(e.getMessage())));
            }
        }
        return new Listing(store.uri(), entries, aliases);
    }

    /** A version by number, or the version an alias points at, with its manifest. */
    public Shown show(String versionOrAlias) {
        int version = store.resolve(versionOrAlias);
        Manifest manifest = store.manifest(version).orElseThrow(() -> new StoreException("no version " + version
                + " in " + store.uri() + " (versions: " + store.versions() + ")"));
        Map<String, AliasRecord> aliases = store.aliases();
        Optional<AliasRecord> alias = Optional.ofNullable(aliases.get(versionOrAlias));
        return new Shown(version, pointingAt(version, aliases), alias, manifest);
    }

    /** Points the alias at a version whose files pass their integrity check. */
    public Move promote(int version, String alias, String actor, String reason) {
        store.load(version).verify();
        return Move.of(store.moveAlias(alias, version, actor, reason));
    }

    /** Points the alias back at the version it pointed at before its last move. */
    public Move rollback(String alias, String actor, String reason) {
        return Move.of(store.rollbackAlias(alias, actor, reason));
    }

    /**
     * Points the alias back at the version it pointed at before its last move, but only if it still
     * names {@code expected}: whoever moved it since (a person promoting a fix, a newer retrain) wins.
     * The check and the move are one compare-and-set in the store: the alias moves only if its record
     * is still the one checked, so a move landing in between is never overwritten and the result is
     * then {@link LeftAlone}, naming that move.
     */
    public GuardedRollback rollbackIfAt(String alias, int expected, String actor, String reason) {
        AliasRecord checked = store.alias(alias)
                .orElseThrow(() -> new StoreException("no alias '" + alias + "' in " + store.uri()));
        for (int attempt = 1; ; attempt++) {
            if (checked.version() != expected) {
                return new LeftAlone(expected, checked.version(), checked.updatedBy(), checked.updatedAt(),
                        checked.reason());
            }
            // The target comes from the record checked: the move below happens only while it is current.
            int target = checked.history().stream()
                    .mapToInt(AliasRecord.AliasMove::version)
                    .filter(version -> version != expected)
                    .findFirst()
                    .orElseThrow(() -> new StoreException("alias '" + alias + "' has no earlier version to roll back to"));
            try {
                return new RolledBack(Move.of(store.moveAlias(alias, target, actor, reason, Optional.of(checked))));
            } catch (AliasConflictException moved) {
                // Someone moved it in between; if they moved it back to the expected version, check again.
                if (attempt == RECHECKS) {
                    throw moved;
                }
                checked = moved.current()
                        .orElseThrow(() -> new StoreException("no alias '" + alias + "' in " + store.uri()));
            }
        }
    }

    private static List<String> pointingAt(int version, Map<String, AliasRecord> aliases) {
        return aliases.values().stream().filter(a -> a.version() == version).map(AliasRecord::alias).toList();
    }

    /** What {@code models list --json} prints. */
    public record Listing(String store, List<Entry> versions, Map<String, AliasRecord> aliases) {
    }

    /**
     * One line of {@code models list}. For a label-set model {@code accuracy} is the subset accuracy
     * (every label of a text right), as the gate and the retrain job's metrics read it, and
     * {@code microF1} its default gate metric; a classifier has no micro-F1.
     */
    public record Entry(int version, Optional<Instant> createdAt, Optional<String> name, Optional<String> dataSha256,
            Optional<Double> accuracy, Optional<Double> macroF1, Optional<Double> microF1, Optional<GateDecision> gate,
            List<String> aliases, Optional<String> error) {

        static Entry of(int version, Optional<Manifest> manifest, Map<String, AliasRecord> aliases) {
            return new Entry(version, manifest.map(Manifest::createdAt), manifest.map(Manifest::name),
                    manifest.map(Manifest::data).map(d -> d.sha256()),
                    manifest.flatMap(m -> metric(m, "accuracy").or(() -> metric(m, "subset_accuracy"))),
                    manifest.flatMap(m -> metric(m, "macro_f1")), manifest.flatMap(m -> metric(m, "micro_f1")),
                    manifest.flatMap(Manifest::gate), pointingAt(version, aliases), Optional.empty());
        }

        private static Optional<Double> metric(Manifest manifest, String name) {
            return manifest.metrics().get(name) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
        }
    }

    /** What {@code models show} prints: the manifest, the aliases at the version, the alias asked for. */
    public record Shown(int version, List<String> aliases, Optional<AliasRecord> alias, Manifest manifest) {
    }

    /** What {@link #rollbackIfAt} did. */
    public sealed interface GuardedRollback permits RolledBack, LeftAlone {
    }

    /** The alias still named the expected version and now points at the one before. */
    public record RolledBack(Move move) implements GuardedRollback {
    }

    /**
     * The alias named another version (moved there by {@code movedBy} at {@code movedAt} because
     * {@code reason}), so it was not rolled back.
     */
    public record LeftAlone(int expected, int found, String movedBy, Instant movedAt, String reason)
            implements GuardedRollback {
    }

    /** An alias move: where it pointed before, and its record now. */
    public record Move(Optional<Integer> before, AliasRecord after) {
        /** The move that wrote {@code after}: the record it replaced is the newest entry of its history. */
        static Move of(AliasRecord after) {
            return new Move(after.history().stream().findFirst().map(AliasRecord.AliasMove::version), after);
        }
    }
}
