package io.sentio.local;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar local/target/sentio-local.jar serve|invoke …}: the local twins of the Lambda, for machines
 * without SAM CLI or Docker.
 */
@Command(name = "sentio-local.jar", mixinStandardHelpOptions = true,
        description = "Sentio prediction function: run it locally.",
        subcommands = {ServeCommand.class, InvokeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
