package io.sentio.training.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --config FILE.yaml}: every option can be set there by its long name without dashes
 * ({@code learning-rate: 0.3}, {@code text-column: [title, overview]}). Flags given on the command
 * line override the file because the file only supplies picocli's default values.
 */
final class ConfigFile implements CommandLine.IDefaultValueProvider {
    private final Path path;
    private final Map<String, String> values;

    private ConfigFile(Path path, Map<String, String> values) {
        this.path = path;
        this.values = values;
    }

    /** Finds {@code --config FILE} or {@code --config=FILE} before picocli parses anything. */
    static Optional<Path> findIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                return Optional.of(Path.of(args[i + 1]));
            }
            if (args[i].startsWith("--config=")) {
                return Optional.of(Path.of(args[i].substring("--config=".length())));
            }
        }
        return Optional.empty();
    }

    static ConfigFile read(Path path) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new CliException("cannot read config file " + path + ": " + e.getMessage());
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return new ConfigFile(path, Map.of());
        }
        if (!root.isObject()) {
            throw new CliException("config file " + path + " must be a mapping of option names to values");
        }
        Map<String, String> values = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            values.put(normalise(e.getKey()), asString(e.getValue()));
        }
        return new ConfigFile(path, values);
    }

    /** Refuses keys that are no option of the command, so a typo does not silently do nothing. */
    void checkKnown(CommandLine command) {
        List<String> known = new ArrayList<>();
        collect(command, known);
        List<String> unknown = values.keySet().stream().filter(k -> !known.contains(k)).toList();
        if (!unknown.isEmpty()) {
            throw new CliException("unknown setting(s) " + unknown + " in config file " + path
                    + "; settings are option names without dashes, e.g. " + known.stream().sorted().limit(6)
                    .collect(Collectors.joining(", ")));
        }
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return values.get(normalise(option.longestName()));
        }
        return null;
    }

    private static void collect(CommandLine command, List<String> known) {
        for (OptionSpec option : command.getCommandSpec().options()) {
            known.add(normalise(option.longestName()));
        }
        command.getSubcommands().values().forEach(sub -> collect(sub, known));
    }

    /** "--learning_rate", "learningRate" and "learning-rate" are the same setting. */
    private static String normalise(String key) {
        String noDashes = key.replaceFirst("^-+", "");
        return noDashes.replaceAll("([a-z])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(java.util.Locale.ROOT);
    }

    private static String asString(JsonNode node) {
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(n.asText()));
            return String.join(",", parts);
        }
        return node.asText();
    }
}
