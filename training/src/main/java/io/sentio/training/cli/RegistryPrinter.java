package io.sentio.training.cli;

import io.sentio.core.model.GateDecision;
import io.sentio.core.store.AliasRecord;
import io.sentio.training.lifecycle.Registry;
import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** The registry commands' output for a person: a table of versions, one line per alias move. */
final class RegistryPrinter {
    private static final String ROW = "%7s  %-20s  %-16s  %-12s  %8s  %8s  %8s  %-9s  %s";

    private final PrintStream out;

    RegistryPrinter(PrintStream out) {
        this.out = out;
    }

    void list(Registry.Listing listing) {
        if (listing.versions().isEmpty()) {
            out.println("no versions in " + listing.store());
            return;
        }
        row("version", "created_at", "name", "data_sha256", "accuracy", "macro_f1", "micro_f1", "gate",
                "aliases");
        for (Registry.Entry e : listing.versions()) {
            if (e.error().isPresent()) {
                out.printf(Locale.ROOT, "%7d  unreadable: %s%n", e.version(), e.error().get());
                continue;
            }
            row(e.version(),
                    e.createdAt().map(t -> t.truncatedTo(ChronoUnit.SECONDS).toString()).orElse("-"),
                    e.name().orElse("-"), e.dataSha256().map(s -> s.substring(0, Math.min(12, s.length()))).orElse("-"),
                    score(e.accuracy()), score(e.macroF1()), score(e.microF1()), e.gate().map(RegistryPrinter::gate).orElse("-"),
                    String.join(",", e.aliases()));
        }
    }

    private void row(Object... cells) {
        out.println(String.format(Locale.ROOT, ROW, cells).stripTrailing());
    }

    void moved(Registry.Move move) {
        AliasRecord after = move.after();
        out.printf(Locale.ROOT, "%s -> version %d (was %s) by %s at %s: %s%n", after.alias(), after.version(),
                move.before().map(String::valueOf).orElse("none"), after.updatedBy(), after.updatedAt(),
                after.reason());
    }

    /** A guarded rollback that found the alias elsewhere: one line saying where, who moved it and that nothing moved. */
    void leftAlone(String alias, Registry.LeftAlone left) {
        out.printf(Locale.ROOT, "%s names version %d, not %d (moved there by %s at %s: %s): not rolled back%n",
                alias, left.found(), left.expected(), left.movedBy(), left.movedAt(), left.reason());
    }

    private static String gate(GateDecision d) {
        return d.promoted() ? "promoted" : "refused";
    }

    private static String score(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%.4f", v)).orElse("-");
    }
}
