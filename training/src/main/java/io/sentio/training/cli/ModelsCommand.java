package io.sentio.training.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.sentio.core.json.Json;
import io.sentio.training.lifecycle.Registry;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sentio models list|show|promote|rollback}: the registry of a store's versions and aliases. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"The versions in a store and the aliases pointing at them: list, show, promote, rollback.",
                "Alias moves are single atomic writes and keep a history of who moved them, when and why."},
        subcommands = {ModelsCommand.ListVersions.class, ModelsCommand.Show.class, ModelsCommand.Promote.class,
                ModelsCommand.Rollback.class})
final class ModelsCommand implements Runnable {
    @ParentCommand
    SentioCli root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a models command: list, show, promote, rollback");
    }

    static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Versions (oldest first) with created_at, name, data sha256, accuracy, macro-F1, "
                    + "the gate's decision and aliases.")
    static final class ListVersions implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Option(names = "--json", description = "One JSON document (versions, aliases with their history) for scripts.")
        boolean json;

        @ParentCommand
        ModelsCommand models;

        @Override
        public Integer call() {
            Registry.Listing listing = new Registry(store.open(models.root)).list();
            if (json) {
                models.root.out().println(json(listing));
            } else {
                new RegistryPrinter(models.root.out()).list(listing);
            }
            return SentioCli.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One version's manifest (by number or alias) and the aliases pointing at it, as JSON.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "VERSION|ALIAS", description = "A version number or an alias, e.g. 3 or live.")
        String selector;

        @Mixin
        StoreOption store;

        @ParentCommand
        ModelsCommand models;

        @Override
        public Integer call() {
            models.root.out().println(json(new Registry(store.open(models.root)).show(selector)));
            return SentioCli.OK;
        }
    }

    @Command(name = "promote", mixinStandardHelpOptions = true,
            description = "Point an alias at a version (its files are verified first); recorded with who, "
                    + "when and why.")
    static final class Promote implements Callable<Integer> {
        @Parameters(paramLabel = "VERSION", description = "The version number to point the alias at.")
        int version;

        @Option(names = "--alias", paramLabel = "NAME", description = "Default: ${DEFAULT-VALUE}.")
        String alias = SentioCli.LIVE;

        @Option(names = "--reason", description = "Why, kept in the alias's history (default: ${DEFAULT-VALUE}).")
        String reason = "promoted by hand";

        @Mixin
        StoreOption store;

        @ParentCommand
        ModelsCommand models;

        @Override
        public Integer call() {
            Registry.Move move = new Registry(store.open(models.root)).promote(version, alias, Actor.current(), reason);
            new RegistryPrinter(models.root.out()).moved(move);
            return SentioCli.OK;
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = {"Point an alias back at the version it pointed at before its last move (from its history).",
                    "With --expect-version N: only if the alias still names version N; if it names another "
                            + "version, nothing moves and the exit code is " + SentioCli.ALIAS_MOVED + "."})
    static final class Rollback implements Callable<Integer> {
        @Option(names = "--alias", paramLabel = "NAME", description = "Default: ${DEFAULT-VALUE}.")
        String alias = SentioCli.LIVE;

        @Option(names = "--reason", description = "Why, kept in the alias's history (default: ${DEFAULT-VALUE}).")
        String reason = "rolled back";

        @Option(names = "--expect-version", paramLabel = "N",
                description = "Roll back only if the alias still names version N (e.g. the model a failed rollout "
                        + "promoted); otherwise leave it and exit with " + SentioCli.ALIAS_MOVED + ".")
        Integer expectVersion;

        @Mixin
        StoreOption store;

        @ParentCommand
        ModelsCommand models;

        @Override
        public Integer call() {
            Registry registry = new Registry(store.open(models.root));
            RegistryPrinter printer = new RegistryPrinter(models.root.out());
            if (expectVersion == null) {
                printer.moved(registry.rollback(alias, Actor.current(), reason));
                return SentioCli.OK;
            }
            Registry.GuardedRollback outcome = registry.rollbackIfAt(alias, expectVersion, Actor.current(), reason);
            if (outcome instanceof Registry.RolledBack rolledBack) {
                printer.moved(rolledBack.move());
                return SentioCli.OK;
            }
            printer.leftAlone(alias, (Registry.LeftAlone) outcome);
            return SentioCli.ALIAS_MOVED;
        }
    }
}
